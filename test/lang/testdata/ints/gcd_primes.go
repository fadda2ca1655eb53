// gcd, modular exponentiation and a sieve.
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(-12, 18))
	fmt.Println(powmod(2, 10, 1000), powmod(3, 1000000, 1000000007), powmod(7, 1<<40, 999983))
	sieve := make([]bool, 100)
	var primes []int
	for i := 2; i < 100; i++ {
		if !sieve[i] {
			primes = append(primes, i)
			for j := i * i; j < 100; j += i {
				sieve[j] = true
			}
		}
	}
	fmt.Println(len(primes), primes)
}
