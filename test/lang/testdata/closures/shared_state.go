// Several closures sharing the same captured variables, and closures modifying outer vars.
package main

import "fmt"

type Account struct {
	Deposit  func(int)
	Withdraw func(int) bool
	Balance  func() int
}

func newAccount(initial int) Account {
	bal := initial
	history := []int{}
	return Account{
		Deposit: func(n int) { bal += n; history = append(history, n) },
		Withdraw: func(n int) bool {
			if n > bal {
				return false
			}
			bal -= n
			history = append(history, -n)
			return true
		},
		Balance: func() int { fmt.Println("history", history); return bal },
	}
}

func main() {
	a := newAccount(10)
	a.Deposit(5)
	fmt.Println(a.Withdraw(100), a.Withdraw(7))
	fmt.Println(a.Balance())
	total := 0
	visit := func(xs []int) {
		for _, x := range xs {
			total += x
		}
	}
	visit([]int{1, 2, 3})
	visit([]int{10})
	fmt.Println(total)
}
