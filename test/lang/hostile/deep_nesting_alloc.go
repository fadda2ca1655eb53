// Nests structs forever, keeping everything reachable: must end with ERR_MEMORY.
package main

type Node struct {
	Child *Node
	Pad   [16]int64
}

func main() {
	var root *Node
	for {
		root = &Node{Child: root}
	}
}
