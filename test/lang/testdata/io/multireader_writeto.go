// io.MultiReader copied through its WriteTo with nested readers.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type onlyW struct{ b *bytes.Buffer }

func (o onlyW) Write(p []byte) (int, error) { fmt.Print("<w", len(p), ">"); return o.b.Write(p) }

type onlyR struct{ r io.Reader }

func (o onlyR) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	mr := io.MultiReader(onlyR{strings.NewReader("ab")}, io.MultiReader(onlyR{strings.NewReader("cd")}), strings.NewReader("ef"))
	b := new(bytes.Buffer)
	fmt.Println(io.Copy(onlyW{b}, mr))
	fmt.Println(b.String())
	fmt.Println(io.Copy(onlyW{b}, mr))
}
