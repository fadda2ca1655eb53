/** Package iter: Go source (iter.go), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'iter', source: sources, names })
