/** Package bufio: Go source (reader.go, writer.go, scan.go), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'bufio', source: sources, names })
