/** Package maps: Go source (maps.go), no natives. */
import { register } from '../registry.ts'
import { sources } from './source.ts'

register({ path: 'maps', source: sources })
