/**
 * Package crypto/sha256: Go source (sha256.go: buffering, padding, state) with the compression of
 * whole blocks native (src/lang/native/sha256).
 *
 * @example
 * ```go
 * sum := sha256.Sum256([]byte("abc")) // ba7816bf…
 * ```
 */
import type { NativeEnv } from '../../package.ts'
import { sources, names } from './source.ts'
import { blocks } from '../../../native/sha256/index.ts'
import type { Slice } from '../../../runtime/value.ts'

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  compress: (h: Slice, p: Slice) => { env.charge(1 + (p.len >> 3)); if (p.len > 0) blocks(h.a, h.off, p.a, p.off, p.len) }
})

export default ({ path: 'crypto/sha256', source: sources, names, natives })
