// Integer and other basic panic values print like print does.
package main

func main() {
	defer println("deferred println runs")
	panic(42)
}
