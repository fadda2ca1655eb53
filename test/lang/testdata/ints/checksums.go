// Checksums with small integer types: Fletcher-16, Adler-32 and a CRC-32 by hand.
package main

import "fmt"

func fletcher16(data []byte) uint16 {
	var s1, s2 uint16
	for _, b := range data {
		s1 = (s1 + uint16(b)) % 255
		s2 = (s2 + s1) % 255
	}
	return s2<<8 | s1
}

func adler32(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, c := range data {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func crc32(data []byte) uint32 {
	var table [256]uint32
	for i := range table {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		table[i] = c
	}
	crc := ^uint32(0)
	for _, b := range data {
		crc = table[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

func main() {
	for _, s := range []string{"", "abcde", "Wikipedia", "The quick brown fox jumps over the lazy dog"} {
		d := []byte(s)
		fmt.Printf("%-45q %04x %08x %08x\n", s, fletcher16(d), adler32(d), crc32(d))
	}
}
