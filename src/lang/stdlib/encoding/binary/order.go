// Package binary: byte orders, varints, and Read/Write of fixed-size values (the values are
// reached natively, over the interpreter's value model: values.ts).
package binary

// ByteOrder reads and writes unsigned integers in a byte order.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder appends unsigned integers in a byte order.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian puts the least significant byte first.
var LittleEndian littleEndian

// BigEndian puts the most significant byte first.
var BigEndian bigEndian

type littleEndian struct{}
type bigEndian struct{}

// Each access first touches the last byte it needs, so a short slice panics as in Go.

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1])<<8 | uint16(b[0])
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3])<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return get64(b, false)
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	put64(b, v, false)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	var x [8]byte
	put64(x[:], v, false)
	return append(b, x[:]...)
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0])<<8 | uint16(b[1])
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return get64(b, true)
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	put64(b, v, true)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	var x [8]byte
	put64(x[:], v, true)
	return append(b, x[:]...)
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

// get64 and put64 are native: 64-bit shifts are costly in interpreted code.
func get64(b []byte, big bool) uint64
func put64(b []byte, v uint64, big bool)
