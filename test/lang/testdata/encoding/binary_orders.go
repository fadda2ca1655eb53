// encoding/binary: Read/Write of a struct, byte orders, Append*, varints at the extremes.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type hdr struct {
	A uint16
	B int32
	C [2]float32
	D bool
	_ uint8
	E uint64
}

func main() {
	fmt.Println(binary.Uvarint(nil))
	var buf bytes.Buffer
	h := hdr{1, -2, [2]float32{1.5, -3}, true, 7, 1 << 60}
	fmt.Println(binary.Write(&buf, binary.LittleEndian, h), buf.Bytes(), binary.Size(h))
	var g hdr
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &g), g)
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()[:3]), binary.BigEndian, &g), binary.Write(&buf, binary.BigEndian, "x"))
	b := make([]byte, 8)
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		o.PutUint64(b, 0x0102030405060708)
		fmt.Println(b, o.Uint64(b), o.Uint32(b), o.Uint16(b))
		o.PutUint32(b, 0xdeadbeef)
		o.PutUint16(b[4:], 0xcafe)
		fmt.Println(b, o.(binary.AppendByteOrder).AppendUint64(nil, 0xff00), o.(binary.AppendByteOrder).AppendUint32([]byte{1}, 7), o.(binary.AppendByteOrder).AppendUint16(nil, 258))
	}
	for _, x := range []int64{0, -1, 1, -64, 64, 1 << 62, -1 << 63} {
		p := make([]byte, 10)
		n := binary.PutVarint(p, x)
		y, m := binary.Varint(p[:n])
		fmt.Println(x, p[:n], y, m, binary.PutUvarint(p, uint64(x)), binary.AppendVarint(nil, x))
	}
}
