/** Package io: written in Go (io.go, multi.go), no natives. */
import { sources, names } from './source.ts'

export default ({ path: 'io', source: sources, names })
