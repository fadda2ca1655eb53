// Errors inside format strings are printed inline, like Go does.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%t\n", 1)
	fmt.Printf("100%\n")
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%.2q\n", 3.5)
	fmt.Printf("%x\n", true)
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%v %d\n", []interface{}{1, "a"}, []interface{}{1, "a"})
	fmt.Println(fmt.Sprintf("no verbs", 1, "x"))
	var np *int
	fmt.Printf("%d %v\n", np, nil)
}
