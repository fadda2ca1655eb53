package binary

import (
	"errors"
	"io"
)

// The natives over the value model: the encoded size of data (-1 if it has none), the
// encoding of data into buf and back, and data's type as %T prints it.
func dataSize(data any, forRead bool) int
func encode(data any, buf []byte, big bool)
func decode(data any, buf []byte, big bool)
func typeString(data any) string

// bigFirst tells the order's direction by the byte it puts first.
func bigFirst(order ByteOrder) bool {
	var b [2]byte
	order.PutUint16(b[:], 0x0100)
	return b[0] == 1
}

// Read fills data (a pointer to a fixed-size value, or a slice of them) from r, in order:
// io.EOF if r had nothing, io.ErrUnexpectedEOF if it ran out part way.
func Read(r io.Reader, order ByteOrder, data any) error {
	n := dataSize(data, true)
	if n < 0 {
		return errors.New("binary.Read: invalid type " + typeString(data))
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decode(data, buf, bigFirst(order))
	return nil
}

// Write writes data (a fixed-size value, a slice of them, or a pointer to either) to w, in order.
func Write(w io.Writer, order ByteOrder, data any) error {
	n := dataSize(data, false)
	if n < 0 {
		return errors.New("binary.Write: invalid type " + typeString(data))
	}
	buf := make([]byte, n)
	encode(data, buf, bigFirst(order))
	_, err := w.Write(buf)
	return err
}

// Size is the number of bytes Write writes for v, or -1.
func Size(v any) int {
	return dataSize(v, false)
}
