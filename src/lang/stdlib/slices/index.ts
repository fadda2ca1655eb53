/** Package slices: Go source (slices.go), no natives. */
import { register } from '../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'slices', source: sources, names })
