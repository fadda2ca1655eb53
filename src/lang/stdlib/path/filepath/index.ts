/** Package path/filepath: Go source (filepath.go), no natives; slash-separated as on Unix. */
import { sources, names } from './source.ts'

export default ({ path: 'path/filepath', source: sources, names })
