/** Package hash: Go 1.19's sources (adapted where noted in them), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'hash', source: sources, names })
