/**
 * Package encoding/binary: Go source (order.go, varint.go, readwrite.go); 64-bit byte order
 * access and Uvarint are native (src/lang/native/binary), and Read, Write and Size reach the
 * values through natives over the runtime's value model (values.ts).
 *
 * @example
 * ```go
 * var buf bytes.Buffer
 * binary.Write(&buf, binary.BigEndian, struct{ A uint16; B float32 }{1, 2.5})
 * ```
 */
import { sources, names } from './source.ts'
import { dataSize, encode, decode } from './values.ts'
import type { Iface, Slice } from '../../../runtime/value.ts'
import { LittleEndian, BigEndian, uvarint } from '../../../native/binary/index.ts'

export const natives = (): Record<string, (...a: any[]) => any> => ({
  dataSize: (data: Iface | null, forRead: boolean) => dataSize(data, forRead),
  encode: (data: Iface, buf: Slice, big: boolean) => { encode(data, buf.a, buf.off, !big) },
  decode: (data: Iface, buf: Slice, big: boolean) => { decode(data, buf.a, buf.off, !big) },
  typeString: (data: Iface | null) => data === null ? '<nil>' : data.t.str,
  get64: (b: Slice, big: boolean) => (big ? BigEndian : LittleEndian).uint64(b.a, b.off),
  put64: (b: Slice, v: bigint, big: boolean) => { (big ? BigEndian : LittleEndian).putUint64(b.a, b.off, v) },
  Uvarint: (b: Slice) => b.len === 0 ? [0n, 0] : uvarint(b.a.subarray(b.off, b.off + b.len))
})

export default ({ path: 'encoding/binary', source: sources, names, natives })
