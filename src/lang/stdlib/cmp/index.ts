/** Package cmp: Go source (cmp.go), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'cmp', source: sources, names })
