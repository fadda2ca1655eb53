/**
 * Decoding source bytes to text. Valid UTF-8 decodes normally; each byte of an invalid sequence
 * becomes a lone surrogate U+DC80+byte ("surrogateescape"), which the scanner reports as
 * `invalid UTF-8 encoding` and the position table counts as one byte, so columns stay Go's.
 */

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function decodeSource (b: Uint8Array): string {
  try {
    return strict.decode(b)
  } catch {
    return decodeLenient(b)
  }
}

function decodeLenient (b: Uint8Array): string {
  const parts: string[] = []
  let chunk: number[] = []
  const flush = (): void => {
    if (chunk.length > 0) {
      parts.push(String.fromCharCode(...chunk))
      chunk = []
    }
  }
  let i = 0
  const n = b.length
  while (i < n) {
    const b0 = b[i]
    let r = -1
    let size = 1
    if (b0 < 0x80) {
      r = b0
    } else if (b0 >= 0xc2 && b0 <= 0xdf && i + 1 < n && (b[i + 1] & 0xc0) === 0x80) {
      r = ((b0 & 0x1f) << 6) | (b[i + 1] & 0x3f)
      size = 2
    } else if (b0 >= 0xe0 && b0 <= 0xef && i + 2 < n && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) {
      const v = ((b0 & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)
      if (v >= 0x800 && !(v >= 0xd800 && v <= 0xdfff)) {
        r = v
        size = 3
      }
    } else if (b0 >= 0xf0 && b0 <= 0xf4 && i + 3 < n && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80 && (b[i + 3] & 0xc0) === 0x80) {
      const v = ((b0 & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f)
      if (v >= 0x10000 && v <= 0x10ffff) {
        r = v
        size = 4
      }
    }
    if (r < 0) {
      chunk.push(0xdc00 | b0) // surrogateescape
      size = 1
    } else if (r >= 0x10000) {
      chunk.push(0xd800 + ((r - 0x10000) >> 10), 0xdc00 + ((r - 0x10000) & 0x3ff))
    } else {
      chunk.push(r)
    }
    i += size
    if (chunk.length >= 8192) flush()
  }
  flush()
  return parts.join('')
}
