// A CSV parser with quoted fields, escaped quotes and a column summary.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func parseLine(line string) ([]string, error) {
	var fields []string
	var cur strings.Builder
	inQuotes := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			inQuotes = !inQuotes
		case c == ',' && !inQuotes:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if inQuotes {
		return nil, errors.New("unterminated quote")
	}
	return append(fields, cur.String()), nil
}

const data = `name,qty,price,note
apple,3,0.50,"fresh, red"
"banana ""big""",12,0.25,
cherry,x,3.00,"bad qty"
durian,1,9.99,"smelly
broken`

func main() {
	lines := strings.Split(data, "\n")
	header, _ := parseLine(lines[0])
	fmt.Println(len(header), header)
	total := 0.0
	for n, line := range lines[1:] {
		rec, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d: %v\n", n+2, err)
			continue
		}
		if len(rec) != len(header) {
			fmt.Printf("line %d: %d fields, want %d\n", n+2, len(rec), len(header))
			continue
		}
		qty, err := strconv.Atoi(rec[1])
		if err != nil {
			fmt.Printf("line %d: %v\n", n+2, err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[2], 64)
		total += float64(qty) * price
		fmt.Printf("%-14q qty=%-3d price=%5.2f note=%q\n", rec[0], qty, price, rec[3])
	}
	fmt.Printf("total=%.2f\n", total)
}
