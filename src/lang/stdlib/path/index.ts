/** Package path: Go source (path.go, match.go), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'path', source: sources, names })
