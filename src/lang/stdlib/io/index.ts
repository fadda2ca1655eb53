/** Package io: written in Go (io.go, multi.go), no natives. */
import { register } from '../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'io', source: sources, names })
