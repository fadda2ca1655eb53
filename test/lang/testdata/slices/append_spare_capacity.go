package main

import "fmt"

type P struct{ X int }

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4)
	s = s[:cap(s)]
	fmt.Println(s, s[5]+1)
	ps := []P{{1}}
	ps = append(ps, P{2})
	ps = append(ps, P{3})
	ps = ps[:cap(ps)]
	fmt.Println(ps, ps[3].X)
	q := ps[3]
	q.X = 5
	fmt.Println(q)
	ss := append([]string{"a"}, "b", "c")
	ss = ss[:cap(ss)]
	fmt.Println(len(ss), ss[len(ss)-1] == "", ss)
	var ptrs []*P
	ptrs = append(ptrs, &P{1}, &P{2}, &P{3})
	ptrs = ptrs[:cap(ptrs)]
	fmt.Println(ptrs[len(ptrs)-1] == nil)
	ar := append([][2]int{{1, 2}}, [2]int{3, 4})
	ar = append(ar, [2]int{5, 6})
	ar = ar[:cap(ar)]
	fmt.Println(ar)
	bs := append([]bool{true}, false, true)
	bs = bs[:cap(bs)]
	fmt.Println(bs)
	fs := append([]float64{1}, 2, 3)
	fs = fs[:cap(fs)]
	fmt.Println(fs)
	is := make([]interface{}, 0, 1)
	is = append(is, 1, 2)
	is = is[:cap(is)]
	fmt.Println(is)
	m := append([]map[string]int{nil}, nil, nil)
	m = m[:cap(m)]
	fmt.Println(len(m), m[len(m)-1] == nil)
	b64 := append([]int64{1}, 2, 3)
	b64 = b64[:cap(b64)]
	fmt.Println(b64)
}
