// amigo:handwritten
package main

func main() {
	done := false
	go func() {
		done = true
	}()
	_ = done
}
