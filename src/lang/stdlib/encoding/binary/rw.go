// Adapted for Amigo from Go 1.19's encoding/binary: Read, Write and Size without package reflect.
// Sizes, encoding and decoding of the values are native (values.ts); the byte order is asked
// once whether it is big- or little-endian (so a ByteOrder must be one of the two).

package binary

import (
	"errors"
	"io"
)

// dataSize is the encoded size of data (Write, Size: one pointer followed; Read: a pointer or a
// slice), or -1 when its type has no fixed size.
func dataSize(data any, forRead bool) int

// encode writes data into buf (len(buf) == dataSize(data, false)).
func encode(data any, buf []byte, big bool)

// decode fills what data points to, or the slice data, from buf.
func decode(data any, buf []byte, big bool)

// typeString is reflect.TypeOf(data).String().
func typeString(data any) string

// isBigEndian reports whether order puts the most significant byte first.
func isBigEndian(order ByteOrder) bool {
	var b [2]byte
	order.PutUint16(b[:], 1)
	return b[0] == 0
}

// Read reads structured binary data from r into data.
// Data must be a pointer to a fixed-size value or a slice
// of fixed-size values.
// Bytes read from r are decoded using the specified byte order
// and written to successive fields of the data.
// When decoding boolean values, a zero byte is decoded as false, and
// any other non-zero byte is decoded as true.
// When reading into structs, the field data for fields with
// blank (_) field names is skipped; i.e., blank field names
// may be used for padding.
// When reading into a struct, all non-blank fields must be exported
// or Read may panic.
//
// The error is EOF only if no bytes were read.
// If an EOF happens after reading some but not all the bytes,
// Read returns ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data any) error {
	size := dataSize(data, true)
	if size < 0 {
		return errors.New("binary.Read: invalid type " + typeString(data))
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decode(data, buf, isBigEndian(order))
	return nil
}

// Write writes the binary representation of data into w.
// Data must be a fixed-size value or a slice of fixed-size
// values, or a pointer to such data.
// Boolean values encode as one byte: 1 for true, and 0 for false.
// Bytes written to w are encoded using the specified byte order
// and read from successive fields of the data.
// When writing structs, zero values are written for fields
// with blank (_) field names.
func Write(w io.Writer, order ByteOrder, data any) error {
	size := dataSize(data, false)
	if size < 0 {
		return errors.New("binary.Write: invalid type " + typeString(data))
	}
	buf := make([]byte, size)
	encode(data, buf, isBigEndian(order))
	_, err := w.Write(buf)
	return err
}

// Size returns how many bytes Write would generate to encode the value v, which
// must be a fixed-size value or a slice of fixed-size values, or a pointer to such data.
// If v is neither of these, Size returns -1.
func Size(v any) int {
	return dataSize(v, false)
}
