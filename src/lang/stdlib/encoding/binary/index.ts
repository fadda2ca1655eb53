/**
 * Package encoding/binary: Go 1.19's sources (adapted where noted in them); Read, Write and Size
 * reach the values through natives over the runtime's value model (values.ts).
 *
 * @example
 * ```go
 * var buf bytes.Buffer
 * binary.Write(&buf, binary.BigEndian, struct{ A uint16; B float32 }{1, 2.5})
 * ```
 */
import { register } from '../../registry.ts'
import { sources, names } from './source.ts'
import { dataSize, encode, decode } from './values.ts'
import type { Iface, Slice } from '../../../runtime/value.ts'

export const natives = (): Record<string, (...a: any[]) => any> => ({
  dataSize: (data: Iface | null, forRead: boolean) => dataSize(data, forRead),
  encode: (data: Iface, buf: Slice, big: boolean) => { encode(data, buf.a, buf.off, !big) },
  decode: (data: Iface, buf: Slice, big: boolean) => { decode(data, buf.a, buf.off, !big) },
  typeString: (data: Iface | null) => data === null ? '<nil>' : data.t.str
})

register({ path: 'encoding/binary', source: sources, names, natives })
