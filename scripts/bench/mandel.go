// Float math: Mandelbrot set membership over a grid (float64 multiply-add loops).
package main

import "fmt"

func main() {
	const w, h, maxIter = 640, 480, 300
	inside, total := 0, 0
	for py := 0; py < h; py++ {
		y0 := float64(py)/h*2.4 - 1.2
		for px := 0; px < w; px++ {
			x0 := float64(px)/w*3.5 - 2.5
			x, y := 0.0, 0.0
			i := 0
			for ; i < maxIter && x*x+y*y <= 4; i++ {
				x, y = x*x-y*y+x0, 2*x*y+y0
			}
			if i == maxIter {
				inside++
			}
			total += i
		}
	}
	fmt.Println(inside, total)
}
