/** Package encoding/base64: Go 1.19's sources (adapted where noted in them), no natives. */
import { register } from '../../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'encoding/base64', source: sources, names })
