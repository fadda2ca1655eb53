// The libp2p DHT record envelope (protobuf `Record { bytes key = 1; bytes value = 2; string timeReceived = 5 }`),
// read and written here so that we do not depend on @libp2p/record's internals.

export interface DhtRecord {
  key: Uint8Array
  value: Uint8Array
  /** when the holder received it, ms since the epoch (NaN if absent or unreadable) */
  timeReceived: number
}

/** Decode the envelope; undefined if the bytes are not one. */
export function decodeDhtRecord (bytes: Uint8Array): DhtRecord | undefined {
  let key: Uint8Array | undefined
  let value: Uint8Array | undefined
  let timeReceived = NaN
  let pos = 0
  try {
    while (pos < bytes.byteLength) {
      const [tag, p1] = varint(bytes, pos)
      pos = p1
      const field = tag >>> 3
      const wire = tag & 7
      if (wire === 2) {
        const [len, p2] = varint(bytes, pos)
        if (p2 + len > bytes.byteLength) return undefined
        const data = bytes.subarray(p2, p2 + len)
        pos = p2 + len
        if (field === 1) key = data
        else if (field === 2) value = data
        else if (field === 5) timeReceived = Date.parse(new TextDecoder().decode(data))
      } else if (wire === 0) {
        pos = varint(bytes, pos)[1]
      } else {
        return undefined
      }
    }
  } catch {
    return undefined
  }
  return key != null && value != null ? { key, value, timeReceived } : undefined
}

/** Encode the envelope with the current time as timeReceived (as kad-dht does). */
export function encodeDhtRecord (key: Uint8Array, value: Uint8Array, timeReceived = new Date()): Uint8Array {
  const time = new TextEncoder().encode(timeReceived.toISOString())
  const parts: number[] = []
  const field = (n: number, data: Uint8Array): void => {
    pushVarint(parts, (n << 3) | 2)
    pushVarint(parts, data.byteLength)
    for (const b of data) parts.push(b)
  }
  field(1, key)
  field(2, value)
  field(5, time)
  return Uint8Array.from(parts)
}

function varint (buf: Uint8Array, pos: number): [number, number] {
  let result = 0
  let shift = 0
  for (;;) {
    if (pos >= buf.byteLength || shift > 28) throw new Error('bad varint')
    const b = buf[pos++]
    result += (b & 0x7f) * 2 ** shift
    if ((b & 0x80) === 0) return [result, pos]
    shift += 7
  }
}

function pushVarint (out: number[], n: number): void {
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128) }
  out.push(n)
}
