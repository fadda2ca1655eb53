// encoding/binary: byte orders, Put/Append, varints.
package main

import (
	"encoding/binary"
	"fmt"
)

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0x01020304)
	binary.LittleEndian.PutUint32(b[4:], 0x01020304)
	fmt.Println(b)
	fmt.Printf("%x %x\n", binary.BigEndian.Uint32(b), binary.LittleEndian.Uint32(b))
	binary.BigEndian.PutUint64(b, 0xDEADBEEFCAFEBABE)
	fmt.Println(b, binary.LittleEndian.Uint64(b))
	binary.LittleEndian.PutUint16(b, 0xABCD)
	fmt.Println(b[:2], binary.BigEndian.Uint16(b))
	buf := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 63, -64, 64, 300, -300, 1 << 40, -9223372036854775808} {
		n := binary.PutVarint(buf, v)
		d, m := binary.Varint(buf[:n])
		fmt.Println(v, buf[:n], d, m)
	}
	for _, v := range []uint64{0, 127, 128, 16383, 16384, 18446744073709551615} {
		n := binary.PutUvarint(buf, v)
		d, m := binary.Uvarint(buf[:n])
		fmt.Println(v, buf[:n], d, m)
	}
	out := binary.AppendUvarint(nil, 1000)
	out = binary.BigEndian.AppendUint16(out, 7)
	fmt.Println(out)
	v, n := binary.Uvarint([]byte{0x80})
	fmt.Println(v, n)
}
