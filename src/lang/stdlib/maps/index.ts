/** Package maps: Go source (maps.go: helpers and iterators), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'maps', source: sources, names })
