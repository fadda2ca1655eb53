// Float verbs: %e %E %f %F %g %G %b %x with flags, widths and precision.
package main

import "fmt"

func main() {
	for _, f := range []float64{0, 1, -1.5, 3.14159265358979, 1234567.891, 1e-7, 6.02214076e23, 100000} {
		fmt.Printf("|%e|%E|%.2e|%f|%.3f|%8.2f|%-8.2f|%08.2f|%+.1f|%g|%G|%.3g|%10.3g|%#g|%v|\n", f, f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%x %X %.2x\n", 1.5, -0.1, 3.0)
	fmt.Printf("%b\n", 1.0)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %e %f %.10f\n", f32, f32, f32, f32, f32)
	fmt.Printf("%6.2f%%|%5.1f%%\n", 99.5, 0.25)
	fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.1f\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.15)
	fmt.Printf("%g %g %g %g %g\n", 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%.3e %.10g %.20f\n", 123456.789, 1.0/3, 0.1)
	fmt.Printf("% f|% .2e|%+g\n", 2.0, 2.0, 2.0)
	fmt.Println(fmt.Sprintf("%5.1f|%-7.3e|", -0.04, 9.9999e9))
	fmt.Printf("%v %v\n", []float64{1, 2.5}, [2]float32{0.1, 0.2})
}
