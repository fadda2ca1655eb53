package dex

import (
	"amigo"
	"fmt"
	"math/bits"
	"strings"
	"testing"

	"local.land/amigo/gold"
	"local.land/amigo/token"
)

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil || !strings.Contains(fmt.Sprint(r), want) {
			t.Fatalf("recovered %v, want a panic containing %q", r, want)
		}
	}()
	f()
}

// Test code acts as the signer (a user): its calls to token and gold have Caller() == signer,
// while the DEX's calls to them have Caller() == the DEX's path, amigo.Self() here.

func TestMath(t *testing.T) {
	if got := sqrtProduct(1<<40, 1<<40); got != 1<<40 {
		t.Fatalf("sqrt(2^80) = %d", got)
	}
	if got := sqrtProduct(10, 10); got != 10 {
		t.Fatalf("sqrt(100) = %d", got)
	}
	if got := sqrtProduct(3, 5); got != 3 {
		t.Fatalf("sqrt(15) = %d", got)
	}
	max := ^uint64(0)
	if got := sqrtProduct(max, max); got != max {
		t.Fatalf("sqrt(max²) = %d", got)
	}
	if got := mulDiv(max, max, max); got != max {
		t.Fatalf("mulDiv(max, max, max) = %d", got)
	}
	mustPanic(t, "overflow", func() { mulDiv(max, 2, 1) })
	mustPanic(t, "overflow", func() { add(max, 1) })
}

func TestPool(t *testing.T) {
	dex := amigo.Self()
	lp := "test.caller" // deployer of token and gold: holds both supplies
	amigo.TestSetCaller(lp)
	if got := Render(""); got != "# AMG/GLD pool\n\nEmpty: add liquidity to open it.\n" {
		t.Fatalf("empty Render = %q", got)
	}
	mustPanic(t, "the pool is empty", func() { QuoteAMGForGLD(1) })

	// without an allowance the DEX cannot take the tokens, and nothing changes
	mustPanic(t, "insufficient allowance", func() { AddLiquidity(1000000, 1000000) })
	if TotalShares() != 0 || token.BalanceOf(dex) != 0 {
		t.Fatal("a failed deposit changed the pool")
	}

	token.Approve(dex, 100000000000)
	gold.Approve(dex, 50000000000)
	minted := AddLiquidity(100000000000, 50000000000)
	if minted != sqrtProduct(100000000000, 50000000000) || SharesOf(lp) != minted || TotalShares() != minted {
		t.Fatalf("minted %d, shares %d, total %d", minted, SharesOf(lp), TotalShares())
	}
	if token.BalanceOf(dex) != 100000000000 || gold.BalanceOf(dex) != 50000000000 {
		t.Fatalf("DEX holds %d AMG, %d GLD", token.BalanceOf(dex), gold.BalanceOf(dex))
	}
	if token.Allowance(lp, dex) != 0 || gold.Allowance(lp, dex) != 0 {
		t.Fatal("allowances not spent")
	}

	// a trader swaps AMG for GLD
	token.Transfer("trader", 10000000000)
	amigo.TestSetCaller("trader")
	a0, g0 := Reserves()
	k0hi, k0lo := bits.Mul64(a0, g0)
	quote := QuoteAMGForGLD(1000000000)
	mustPanic(t, "below the minimum", func() { SwapAMGForGLD(1000000000, quote+1) })
	token.Approve(dex, 1000000000)
	out := SwapAMGForGLD(1000000000, quote)
	if out != quote || gold.BalanceOf("trader") != out || token.BalanceOf("trader") != 9000000000 {
		t.Fatalf("swap paid %d (quote %d), trader holds %d GLD, %d AMG", out, quote, gold.BalanceOf("trader"), token.BalanceOf("trader"))
	}
	// the constant product does not decrease (the fee makes it grow)
	a1, g1 := Reserves()
	k1hi, k1lo := bits.Mul64(a1, g1)
	if k1hi < k0hi || k1hi == k0hi && k1lo <= k0lo {
		t.Fatalf("k went from %d:%d to %d:%d", k0hi, k0lo, k1hi, k1lo)
	}
	if a1 != token.BalanceOf(dex) || g1 != gold.BalanceOf(dex) {
		t.Fatalf("reserves %d/%d, balances %d/%d", a1, g1, token.BalanceOf(dex), gold.BalanceOf(dex))
	}
	// about 1% of the AMG reserve in: a little less than 1% of GLD out (fee and price impact)
	if out >= 500000000 || out < 490000000 {
		t.Fatalf("out %d", out)
	}

	// and back
	gold.Approve(dex, out)
	back := SwapGLDForAMG(out, 0)
	if back >= 1000000000 || token.BalanceOf("trader") != 9000000000+back {
		t.Fatalf("swapped back %d", back)
	}
	ev := amigo.TestEvents()
	if last := ev[len(ev)-1]; last.Name != "Swap" || last.Get("trader") != "trader" || !strings.HasSuffix(last.Get("out"), " AMG") {
		t.Fatalf("last event %+v", last)
	}

	// the provider withdraws everything, fees included
	amigo.TestSetCaller("trader")
	mustPanic(t, "has 0 shares", func() { RemoveLiquidity(1) })
	amigo.TestSetCaller(lp)
	amgBefore, gldBefore := token.BalanceOf(lp), gold.BalanceOf(lp)
	a, g := RemoveLiquidity(minted)
	if TotalShares() != 0 || token.BalanceOf(lp) != amgBefore+a || gold.BalanceOf(lp) != gldBefore+g {
		t.Fatalf("after removal: shares %d, got %d AMG %d GLD", TotalShares(), a, g)
	}
	if ra, rg := Reserves(); ra != 0 || rg != 0 || token.BalanceOf(dex) != 0 || gold.BalanceOf(dex) != 0 {
		t.Fatalf("pool not empty: %d %d", ra, rg)
	}
	if a+g <= 150000000000-1 {
		t.Fatalf("provider got back %d AMG + %d GLD", a, g)
	}
}

func TestSecondDepositAtPoolPrice(t *testing.T) {
	lp := "test.caller"
	amigo.TestSetCaller(lp)
	token.Approve(amigo.Self(), 4000)
	gold.Approve(amigo.Self(), 1000)
	first := AddLiquidity(4000, 1000) // price: 4 AMG per GLD
	token.Transfer("second", 800)
	gold.Transfer("second", 1000)
	amigo.TestSetCaller("second")
	token.Approve(amigo.Self(), 800)
	gold.Approve(amigo.Self(), 1000)
	got := AddLiquidity(800, 1000) // AMG is the scarce side: 20% of the pool
	if got != first/5 {
		t.Fatalf("second deposit minted %d, want %d", got, first/5)
	}
	if want := "| AMG | 4800 |\n| GLD | 2000 |"; !strings.Contains(Render(""), want) {
		t.Fatalf("Render = %q", Render(""))
	}
}
