package main

import (
	"fmt"
	"strings"
	"sort"
)

func main() {
	fmt.Println("hi")
}
