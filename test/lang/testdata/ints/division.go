// Integer division truncates toward zero; % has the sign of the dividend.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}, {100, 7}, {-100, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, (a/b)*b+a%b == a)
	}
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 min / -1 =", i8/m1, "rem", i8%m1)
	var i64 int64 = -9223372036854775808
	var n1 int64 = -1
	fmt.Println("int64 min / -1 =", i64/n1, "rem", i64%n1)
	var u uint32 = 4000000000
	fmt.Println(u/7, u%7, u/3000000000)
	var u64 uint64 = 18446744073709551615
	fmt.Println(u64/10, u64%10, u64/3, u64%1000000007)
	const c = -7 / 2
	fmt.Println(c, -7%3, 7>>1, -7>>1)
	x := -9
	x /= 4
	fmt.Println(x)
	x %= 2
	fmt.Println(x)
}
