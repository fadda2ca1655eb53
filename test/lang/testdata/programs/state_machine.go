// A vending state machine driven by events, with a transition table keyed by structs.
package main

import "fmt"

type State int
type Event string

const (
	Idle State = iota
	HasCoin
	Vending
	OutOfStock
)

var names = map[State]string{Idle: "Idle", HasCoin: "HasCoin", Vending: "Vending", OutOfStock: "OutOfStock"}

func (s State) String() string { return names[s] }

type key struct {
	s State
	e Event
}

type Machine struct {
	state   State
	stock   int
	coins   int
	table   map[key]func(*Machine) State
	history []string
}

func NewMachine(stock int) *Machine {
	m := &Machine{stock: stock}
	m.table = map[key]func(*Machine) State{
		{Idle, "coin"}:     func(m *Machine) State { m.coins++; return HasCoin },
		{HasCoin, "coin"}:  func(m *Machine) State { m.coins++; return HasCoin },
		{HasCoin, "push"}:  func(m *Machine) State { return Vending },
		{HasCoin, "refund"}: func(m *Machine) State { m.coins = 0; return Idle },
		{Vending, "done"}: func(m *Machine) State {
			m.stock--
			m.coins--
			if m.stock == 0 {
				return OutOfStock
			}
			if m.coins > 0 {
				return HasCoin
			}
			return Idle
		},
	}
	return m
}

func (m *Machine) Fire(e Event) error {
	f, ok := m.table[key{m.state, e}]
	if !ok {
		return fmt.Errorf("event %q invalid in state %v", e, m.state)
	}
	prev := m.state
	m.state = f(m)
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", prev, e, m.state))
	return nil
}

func main() {
	m := NewMachine(2)
	for _, e := range []Event{"push", "coin", "coin", "push", "done", "push", "done", "coin", "refund"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Printf("%-10v stock=%d coins=%d\n", m.state, m.stock, m.coins)
	}
	for i, h := range m.history {
		fmt.Println(i, h)
	}
}
