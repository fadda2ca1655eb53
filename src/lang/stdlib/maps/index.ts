/** Package maps: Go source (maps.go: helpers and iterators), no natives. */
import { register } from '../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'maps', source: sources, names })
