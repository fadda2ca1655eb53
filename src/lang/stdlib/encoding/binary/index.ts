/** Package encoding/binary: Go 1.19's sources (adapted where noted in them), no natives. */
import { register } from '../../registry.ts'
import { sources } from './source.ts'

register({ path: 'encoding/binary', source: sources })
