/** Package slices: Go source (slices.go), no natives. */
import { register } from '../registry.ts'
import { sources } from './source.ts'

register({ path: 'slices', source: sources })
