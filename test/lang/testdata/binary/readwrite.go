package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       [1]byte
	Length  int32
	Offset  int64
	Ratio   float32
	Scale   float64
	OK      bool
	Z       complex64
	W       complex128
	Big     uint64
	Small   int8
	Pair    [2]int16
}

type Point struct{ X, Y int32 }

func main() {
	h := Header{Magic: [4]byte{'A', 'M', 'G', 'O'}, Version: 3, Flags: 0x81, Length: -42, Offset: -1 << 40, Ratio: 1.5, Scale: math.Pi, OK: true, Z: 1 - 2i, W: complex(math.Inf(-1), 0.25), Big: math.MaxUint64 - 1, Small: -128, Pair: [2]int16{-2, 300}}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		if err := binary.Write(&buf, order, h); err != nil {
			fmt.Println("write:", err)
		}
		fmt.Println(order, buf.Len(), binary.Size(h), binary.Size(&h))
		fmt.Printf("%x\n", buf.Bytes())
		var back Header
		if err := binary.Read(bytes.NewReader(buf.Bytes()), order, &back); err != nil {
			fmt.Println("read:", err)
		}
		fmt.Println(back == h, back.Magic, back.Scale, back.W, back.Big)
	}

	// basic values, pointers, slices
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, uint16(0xBEEF))
	binary.Write(&buf, binary.BigEndian, int32(-1))
	f := 2.5
	binary.Write(&buf, binary.LittleEndian, &f)
	binary.Write(&buf, binary.LittleEndian, []int16{1, -1, 256})
	binary.Write(&buf, binary.LittleEndian, []bool{true, false})
	binary.Write(&buf, binary.BigEndian, []Point{{1, 2}, {-3, 4}})
	binary.Write(&buf, binary.BigEndian, [3]uint8{7, 8, 9})
	binary.Write(&buf, binary.BigEndian, false)
	fmt.Printf("%d % x\n", buf.Len(), buf.Bytes())

	r := bytes.NewReader(buf.Bytes())
	var u16 uint16
	var i32 int32
	var f64 float64
	i16s := make([]int16, 3)
	bs := make([]bool, 2)
	pts := make([]Point, 2)
	var arr [3]uint8
	var b bool
	for _, x := range []struct {
		order binary.ByteOrder
		data  any
	}{{binary.BigEndian, &u16}, {binary.BigEndian, &i32}, {binary.LittleEndian, &f64}, {binary.LittleEndian, i16s}, {binary.LittleEndian, bs}, {binary.BigEndian, pts}, {binary.BigEndian, &arr}, {binary.BigEndian, &b}} {
		if err := binary.Read(r, x.order, x.data); err != nil {
			fmt.Println("read error:", err)
		}
	}
	fmt.Println(u16, i32, f64, i16s, bs, pts, arr, b, r.Len())

	// errors and sizes
	var n int
	fmt.Println(binary.Write(&buf, binary.LittleEndian, 5))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, []int{1}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, struct{ A int }{1}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, "str"))
	fmt.Println(binary.Read(r, binary.LittleEndian, &n))
	fmt.Println(binary.Read(r, binary.LittleEndian, Point{}))
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.LittleEndian, &u16))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.LittleEndian, &i32))
	fmt.Println(binary.Size(int64(0)), binary.Size([]Point{{}, {}, {}}), binary.Size(Point{}), binary.Size(1), binary.Size([]string{}), binary.Size(&pts))
	var p Point
	fmt.Println(binary.Read(bytes.NewReader([]byte{0, 0, 0, 5, 0, 0, 0, 6}), binary.BigEndian, &p), p)
	fmt.Println(binary.Read(bytes.NewReader([]byte{0, 0, 0, 5, 0, 0, 0, 6}), binary.BigEndian, &pts), pts)
}
