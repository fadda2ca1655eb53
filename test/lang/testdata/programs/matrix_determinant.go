// Gaussian elimination with float64: determinant and solving a linear system.
package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

func (m Matrix) Det() float64 {
	a := m.Clone()
	n := len(a)
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func Solve(m Matrix, b []float64) []float64 {
	n := len(m)
	a := m.Clone()
	for i := range a {
		a[i] = append(a[i], b[i])
	}
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		a[pivot], a[col] = a[col], a[pivot]
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := a[r][col] / a[col][col]
			for c := col; c <= n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = a[i][n] / a[i][i]
	}
	return x
}

func main() {
	m := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Println(m.Det())
	fmt.Println(Matrix{{1, 2}, {2, 4}}.Det(), Matrix{{0, 1}, {1, 0}}.Det())
	x := Solve(m, []float64{1, 0, 1})
	fmt.Println(x)
	for _, v := range x {
		fmt.Printf("%.12f ", v)
	}
	fmt.Println()
	h := make(Matrix, 5)
	for i := range h {
		h[i] = make([]float64, 5)
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("%.6e\n", h.Det())
	fmt.Println(Solve(h, []float64{1, 1, 1, 1, 1}))
}
