/** Package cmp: Go source (cmp.go), no natives. */
import { register } from '../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'cmp', source: sources, names })
