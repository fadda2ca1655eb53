// strconv: Atoi, Itoa, ParseInt with bases and bit sizes, errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-17", "+5", "007", "", " 1", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "abc", "1e3"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.Itoa(-123), strconv.Itoa(0), strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(18446744073709551615, 36))
	cases := []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 32}, {"017", 0, 32}, {"1_000", 0, 64}, {"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12", 2, 64}, {"1", 1, 64}}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, c.base, c.bits, "=>", v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
}
