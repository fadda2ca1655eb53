// Byte-level string scanning: parsing key=value pairs without strings helpers.
package main

import "fmt"

func parse(s string) map[string]string {
	out := map[string]string{}
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		ks := i
		for i < len(s) && s[i] != '=' && s[i] != ' ' {
			i++
		}
		key := s[ks:i]
		val := ""
		if i < len(s) && s[i] == '=' {
			i++
			if i < len(s) && s[i] == '"' {
				i++
				vs := i
				for i < len(s) && s[i] != '"' {
					i++
				}
				val = s[vs:i]
				i++
			} else {
				vs := i
				for i < len(s) && s[i] != ' ' {
					i++
				}
				val = s[vs:i]
			}
		}
		if key != "" {
			out[key] = val
		}
	}
	return out
}

func main() {
	m := parse(`name=amigo  version=1.2 desc="a p2p node" flag empty= ünï=cödé`)
	fmt.Println(len(m))
	fmt.Printf("%q\n", m)
	fmt.Println(m["desc"], m["ünï"], len(m["ünï"]))
}
