/** Package io: Go's io package (io.go and multi.go, adapted from Go 1.19), all Go, no natives. */
import { register } from '../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'io', source: sources, names })
