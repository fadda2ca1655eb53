// Package token is a fungible token service, the Amigo Token (AMG): balances, transfers,
// allowances (Approve/TransferFrom) and events, on top of the ledger library. The deployer
// receives the whole supply at init. Whoever calls — a user's key or a service through a live
// import — acts as amigo.Caller(): a DEX that calls TransferFrom spends its own allowance.
package token

import (
	"amigo"

	"local.land/amigo/ledger"
)

// Supply is the number of units minted at deployment: 1,000,000 AMG with 6 decimals.
const Supply = 1000000 * 1000000

var amg = ledger.New("Amigo Token", "AMG", 6)

func init() {
	amg.Mint(amigo.Origin(), Supply)
}

func Name() string        { return amg.Name() }
func Symbol() string      { return amg.Symbol() }
func Decimals() int       { return amg.Decimals() }
func TotalSupply() uint64 { return amg.TotalSupply() }

// BalanceOf returns the balance of account (a key's address or a service's path).
func BalanceOf(account string) uint64 { return amg.BalanceOf(account) }

// Allowance returns how much spender may still move from owner's balance.
func Allowance(owner, spender string) uint64 { return amg.Allowance(owner, spender) }

// Transfer moves amount of the caller's tokens to to.
func Transfer(to string, amount uint64) { amg.Transfer(amigo.Caller(), to, amount) }

// Approve lets spender move up to amount of the caller's tokens.
func Approve(spender string, amount uint64) { amg.Approve(amigo.Caller(), spender, amount) }

// TransferFrom moves amount from from to to, spending the caller's allowance.
func TransferFrom(from, to string, amount uint64) {
	amg.TransferFrom(amigo.Caller(), from, to, amount)
}

// Render shows the token ("") or an account's balance ("ACCOUNT").
func Render(path string) string { return amg.Render(path) }
