// Length-prefixed frames on a libp2p stream (protocols/content.md, "Wire"): an unsigned varint
// byte length, then that many bytes.
import type { Stream } from '@libp2p/interface'
import { BitswapMalformedError } from '../errors.ts'
import { encodeLength } from './wire.ts'

/** The largest message a node reads; a longer one resets the stream. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024

/** Every frame of an inbound stream until it ends. */
export async function * readFrames (stream: Stream, max = MAX_MESSAGE_BYTES): AsyncGenerator<Uint8Array> {
  let buf: Uint8Array = new Uint8Array(0)
  for await (const chunk of stream) {
    const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
    buf = buf.byteLength === 0 ? bytes : concat(buf, bytes)
    for (;;) {
      const head = readLength(buf)
      if (head == null) break
      if (head.length > max) throw new BitswapMalformedError(`a message of ${head.length} bytes, over ${max}`)
      if (buf.byteLength < head.at + head.length) break
      yield buf.subarray(head.at, head.at + head.length)
      buf = buf.subarray(head.at + head.length)
    }
  }
  if (buf.byteLength > 0) throw new BitswapMalformedError('stream ended inside a message')
}

/** Writes frames, waiting while the stream's buffer is full. */
export async function writeFrames (stream: Stream, messages: Uint8Array[], signal?: AbortSignal): Promise<void> {
  for (const m of messages) {
    if (!stream.send(encodeLength(m.byteLength))) await stream.onDrain({ signal })
    if (!stream.send(m)) await stream.onDrain({ signal })
  }
}

/** The frame length at the start of `buf`, or undefined while its varint is incomplete. */
function readLength (buf: Uint8Array): { length: number, at: number } | undefined {
  let n = 0
  let scale = 1
  for (let i = 0; i < buf.byteLength; i++) {
    if (i >= 5) throw new BitswapMalformedError('frame length too long')
    n += (buf[i] & 0x7f) * scale
    if (buf[i] < 0x80) return { length: n, at: i + 1 }
    scale *= 0x80
  }
  return undefined
}

function concat (a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength)
  out.set(a)
  out.set(b, a.byteLength)
  return out
}
