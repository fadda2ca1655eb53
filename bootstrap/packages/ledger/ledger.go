//amigo:library

// Package ledger is the bookkeeping of a fungible token — balances, allowances, transfers,
// approvals, minting — as a library: a token service keeps a *Ledger in its state and exports
// functions that pass amigo.Caller() as the acting account. Every change emits an event
// (Transfer, Approval) in the receipt of the service running the code.
//
//	var amg = ledger.New("Amigo Token", "AMG", 6)
//	func Transfer(to string, amount uint64) { amg.Transfer(amigo.Caller(), to, amount) }
package ledger

import (
	"amigo"
	"strconv"
	"strings"
)

// A Ledger holds a token's balances and allowances. Amounts are in the smallest unit.
type Ledger struct {
	name       string
	symbol     string
	decimals   int
	supply     uint64
	balances   map[string]uint64
	allowances map[string]uint64 // key: owner + " " + spender
}

// New returns an empty ledger.
func New(name, symbol string, decimals int) *Ledger {
	if decimals < 0 || decimals > 18 {
		panic("ledger: decimals must be 0..18")
	}
	return &Ledger{name: name, symbol: symbol, decimals: decimals,
		balances: map[string]uint64{}, allowances: map[string]uint64{}}
}

func (l *Ledger) Name() string        { return l.name }
func (l *Ledger) Symbol() string      { return l.symbol }
func (l *Ledger) Decimals() int       { return l.decimals }
func (l *Ledger) TotalSupply() uint64 { return l.supply }

// BalanceOf returns the balance of account.
func (l *Ledger) BalanceOf(account string) uint64 { return l.balances[account] }

// Allowance returns how much spender may still move from owner's balance.
func (l *Ledger) Allowance(owner, spender string) uint64 {
	return l.allowances[owner+" "+spender]
}

func checkAccount(a string) {
	if a == "" || len(a) > 256 || strings.ContainsAny(a, " \n") {
		panic("ledger: invalid account " + strconv.Quote(a))
	}
}

func (l *Ledger) setBalance(a string, v uint64) {
	if v == 0 {
		delete(l.balances, a)
	} else {
		l.balances[a] = v
	}
}

// Mint creates amount new units in account to.
func (l *Ledger) Mint(to string, amount uint64) {
	checkAccount(to)
	if l.supply+amount < l.supply {
		panic("ledger: total supply overflows")
	}
	l.supply += amount
	l.setBalance(to, l.balances[to]+amount)
	l.emitTransfer("", to, amount)
}

// Burn destroys amount units of account from.
func (l *Ledger) Burn(from string, amount uint64) {
	if l.balances[from] < amount {
		panic("ledger: insufficient balance")
	}
	l.supply -= amount
	l.setBalance(from, l.balances[from]-amount)
	l.emitTransfer(from, "", amount)
}

// Transfer moves amount from from to to.
func (l *Ledger) Transfer(from, to string, amount uint64) {
	checkAccount(to)
	bal := l.balances[from]
	if bal < amount {
		panic("ledger: insufficient balance: " + l.Format(bal) + " < " + l.Format(amount))
	}
	l.setBalance(from, bal-amount)
	l.setBalance(to, l.balances[to]+amount) // cannot overflow: the sum of balances is the supply
	l.emitTransfer(from, to, amount)
}

// Approve lets spender move up to amount from owner's balance (replacing any previous allowance).
func (l *Ledger) Approve(owner, spender string, amount uint64) {
	checkAccount(spender)
	k := owner + " " + spender
	if amount == 0 {
		delete(l.allowances, k)
	} else {
		l.allowances[k] = amount
	}
	amigo.Emit("Approval", "token", l.symbol, "owner", owner, "spender", spender, "amount", strconv.FormatUint(amount, 10))
}

// TransferFrom moves amount from from to to on behalf of spender, using spender's allowance.
func (l *Ledger) TransferFrom(spender, from, to string, amount uint64) {
	k := from + " " + spender
	allowed := l.allowances[k]
	if allowed < amount {
		panic("ledger: insufficient allowance: " + l.Format(allowed) + " < " + l.Format(amount))
	}
	l.Transfer(from, to, amount)
	if allowed == amount {
		delete(l.allowances, k)
	} else {
		l.allowances[k] = allowed - amount
	}
}

func (l *Ledger) emitTransfer(from, to string, amount uint64) {
	amigo.Emit("Transfer", "token", l.symbol, "from", from, "to", to, "amount", strconv.FormatUint(amount, 10))
}

// Format writes an amount in whole units with the token's decimals ("1.5" for 1500000 at 6).
func (l *Ledger) Format(amount uint64) string {
	s := strconv.FormatUint(amount, 10)
	if l.decimals == 0 {
		return s
	}
	if len(s) <= l.decimals {
		s = strings.Repeat("0", l.decimals-len(s)+1) + s
	}
	whole, frac := s[:len(s)-l.decimals], strings.TrimRight(s[len(s)-l.decimals:], "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// Render returns the token's Markdown page: "" is the summary, an account shows its balance.
func (l *Ledger) Render(path string) string {
	if path != "" {
		return "# " + l.name + "\n\n`" + path + "` holds " + l.Format(l.BalanceOf(path)) + " " + l.symbol + ".\n"
	}
	return "# " + l.name + " (" + l.symbol + ")\n\nTotal supply: " + l.Format(l.supply) + " " + l.symbol +
		", " + strconv.Itoa(len(l.balances)) + " holders.\n"
}
