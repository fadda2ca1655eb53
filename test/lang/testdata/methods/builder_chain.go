// Method chaining with pointer receivers returning the receiver.
package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string) *Query { q.wheres = append(q.wheres, cond); return q }
func (q *Query) OrderBy(c string) *Query   { q.order = c; return q }
func (q *Query) Limit(n int) *Query        { q.limit = n; return q }

func (q Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

func main() {
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q)
	fmt.Println(*From("t"))
	base := From("posts").Where("published")
	a := *base
	base.Limit(5)
	fmt.Println(a.String())
	fmt.Println(base.String())
}
