// Package gold is a second token service, Amigo Gold (GLD), built like package token: balances,
// transfers, allowances (Approve/TransferFrom) and events, on top of the ledger library. The deployer
// receives the whole supply at init. Whoever calls — a user's key or a service through a live
// import — acts as amigo.Caller(): a DEX that calls TransferFrom spends its own allowance.
package gold

import (
	"amigo"

	"local.land/amigo/ledger"
)

// Supply is the number of units minted at deployment: 21,000,000 GLD with 8 decimals.
const Supply = 21000000 * 100000000

var gld = ledger.New("Amigo Gold", "GLD", 8)

func init() {
	gld.Mint(amigo.Origin(), Supply)
}

func Name() string        { return gld.Name() }
func Symbol() string      { return gld.Symbol() }
func Decimals() int       { return gld.Decimals() }
func TotalSupply() uint64 { return gld.TotalSupply() }

// BalanceOf returns the balance of account (a key's address or a service's path).
func BalanceOf(account string) uint64 { return gld.BalanceOf(account) }

// Allowance returns how much spender may still move from owner's balance.
func Allowance(owner, spender string) uint64 { return gld.Allowance(owner, spender) }

// Transfer moves amount of the caller's tokens to to.
func Transfer(to string, amount uint64) { gld.Transfer(amigo.Caller(), to, amount) }

// Approve lets spender move up to amount of the caller's tokens.
func Approve(spender string, amount uint64) { gld.Approve(amigo.Caller(), spender, amount) }

// TransferFrom moves amount from from to to, spending the caller's allowance.
func TransferFrom(from, to string, amount uint64) {
	gld.TransferFrom(amigo.Caller(), from, to, amount)
}

// Render shows the token ("") or an account's balance ("ACCOUNT").
func Render(path string) string { return gld.Render(path) }
