/** Package net/url: Go source (url.go, escape.go, values.go, resolve.go), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'net/url', source: sources, names })
