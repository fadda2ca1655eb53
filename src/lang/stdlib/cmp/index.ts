/** Package cmp: Go source (cmp.go), no natives. */
import { register } from '../registry.ts'
import { sources } from './source.ts'

register({ path: 'cmp', source: sources })
