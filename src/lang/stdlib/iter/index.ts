/** Package iter: Go source (iter.go), no natives. */
import { register } from '../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'iter', source: sources, names })
