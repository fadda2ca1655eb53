// Spins forever without allocating: must end with ERR_GAS.
package main

func main() {
	for {
	}
}
