/** Package hash/fnv: Go 1.19's sources (adapted where noted in them), no natives. */
import { register } from '../../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'hash/fnv', source: sources, names })
