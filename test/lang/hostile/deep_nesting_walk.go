// Builds a deeply nested chain of structs, then walks it recursively: must end with ERR_DEPTH.
package main

import "fmt"

type Node struct {
	Child *Node
	Tag   int
}

func depth(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + depth(n.Child)
}

func main() {
	var root *Node
	for i := 0; i < 200000; i++ {
		root = &Node{Child: root, Tag: i}
	}
	fmt.Println("built")
	fmt.Println(depth(root))
}
