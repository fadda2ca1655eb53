package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math/bits"
	"sort"
	"strings"
	"time"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len(), bytes.Contains(buf.Bytes(), []byte("wor")), bytes.ToUpper([]byte("abc")))
	sum := sha256.Sum256([]byte("abc"))
	fmt.Println(hex.EncodeToString(sum[:]))
	h := sha256.New()
	h.Write([]byte("a"))
	h.Write([]byte("bc"))
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(base64.StdEncoding.EncodeToString([]byte("hello?")), base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	d, err := base64.StdEncoding.DecodeString("aGVsbG8/")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("a!==")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.LittleEndian.Uint32(b))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
	f := fnv.New32a()
	f.Write([]byte("hello"))
	f64 := fnv.New64a()
	f64.Write([]byte("hello"))
	fmt.Println(f.Sum32(), f64.Sum64())
	fmt.Println(bits.OnesCount64(0xff00ff), bits.LeadingZeros32(1), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	s := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Sort(s)
	fmt.Println(s)
	sort.Stable(s)
	fmt.Println(s, sort.IsSorted(s))
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339Nano), t.Format(time.Kitchen), t.Weekday(), t.YearDay())
	t2 := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(t2.Format(time.RFC1123), t2.Sub(t), t.AddDate(0, 1, 1).Format("2006-01-02"))
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Unix(0, 0).UTC())
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds())
	_, err = time.ParseDuration("3x")
	fmt.Println(err)
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.Truncate(time.Hour), t.Round(time.Hour))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"), strings.Title("hello world"), strings.TrimFunc("  x  ", func(r rune) bool { return r == ' ' }))
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"), strings.SplitN("a,b,c,d", ",", 2), strings.TrimLeft("xxhixx", "x"))
	rd := strings.NewReader("abc")
	bb := make([]byte, 2)
	n2, _ := rd.Read(bb)
	fmt.Println(n2, string(bb), rd.Len())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), time.Month(13), time.Weekday(-1))
}
