// Event sourcing: apply typed events to an aggregate, replay, and project summaries.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event interface{ apply(*Cart) }

type ItemAdded struct {
	SKU   string
	Qty   int
	Price int
}
type ItemRemoved struct{ SKU string }
type CouponApplied struct{ Percent int }
type CheckedOut struct{}

type Cart struct {
	Items    map[string]ItemAdded
	Discount int
	Done     bool
	Version  int
}

func (e ItemAdded) apply(c *Cart) {
	if cur, ok := c.Items[e.SKU]; ok {
		e.Qty += cur.Qty
	}
	c.Items[e.SKU] = e
}
func (e ItemRemoved) apply(c *Cart)   { delete(c.Items, e.SKU) }
func (e CouponApplied) apply(c *Cart) { c.Discount = e.Percent }
func (CheckedOut) apply(c *Cart)      { c.Done = true }

func Replay(events []Event) *Cart {
	c := &Cart{Items: map[string]ItemAdded{}}
	for _, e := range events {
		e.apply(c)
		c.Version++
	}
	return c
}

func (c *Cart) Total() int {
	t := 0
	for _, it := range c.Items {
		t += it.Qty * it.Price
	}
	return t * (100 - c.Discount) / 100
}

func (c *Cart) String() string {
	skus := make([]string, 0, len(c.Items))
	for s := range c.Items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var parts []string
	for _, s := range skus {
		parts = append(parts, fmt.Sprintf("%s×%d", s, c.Items[s].Qty))
	}
	return fmt.Sprintf("v%d [%s] -%d%% total=%d done=%v", c.Version, strings.Join(parts, " "), c.Discount, c.Total(), c.Done)
}

func main() {
	log := []Event{
		ItemAdded{"pen", 2, 150},
		ItemAdded{"book", 1, 1200},
		ItemAdded{"pen", 3, 150},
		CouponApplied{10},
		ItemRemoved{"book"},
		ItemAdded{"mug", 1, 800},
		CheckedOut{},
	}
	for i := 1; i <= len(log); i++ {
		fmt.Println(Replay(log[:i]))
	}
	counts := map[string]int{}
	for _, e := range log {
		counts[fmt.Sprintf("%T", e)]++
	}
	fmt.Println(counts)
}
