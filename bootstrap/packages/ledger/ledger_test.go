package ledger

import (
	"amigo"
	"fmt"
	"strings"
	"testing"
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

func TestMintTransferBurn(t *testing.T) {
	l := New("Test", "TST", 2)
	l.Mint("alice", 1000)
	l.Transfer("alice", "bob", 250)
	if l.BalanceOf("alice") != 750 || l.BalanceOf("bob") != 250 || l.TotalSupply() != 1000 {
		t.Fatalf("balances %d %d supply %d", l.BalanceOf("alice"), l.BalanceOf("bob"), l.TotalSupply())
	}
	mustPanic(t, "insufficient balance: 2.5 < 2.51", func() { l.Transfer("bob", "alice", 251) })
	mustPanic(t, "invalid account", func() { l.Transfer("alice", "", 1) })
	l.Burn("bob", 250)
	if l.BalanceOf("bob") != 0 || l.TotalSupply() != 750 || len(l.balances) != 1 {
		t.Fatalf("after burn: bob %d supply %d holders %d", l.BalanceOf("bob"), l.TotalSupply(), len(l.balances))
	}
	mustPanic(t, "overflows", func() { l.Mint("carol", ^uint64(0)) })
}

func TestAllowances(t *testing.T) {
	l := New("Test", "TST", 0)
	l.Mint("alice", 100)
	mustPanic(t, "insufficient allowance: 0 < 1", func() { l.TransferFrom("dex", "alice", "dex", 1) })
	l.Approve("alice", "dex", 60)
	l.TransferFrom("dex", "alice", "carol", 40)
	if l.Allowance("alice", "dex") != 20 || l.BalanceOf("carol") != 40 {
		t.Fatalf("allowance %d, carol %d", l.Allowance("alice", "dex"), l.BalanceOf("carol"))
	}
	mustPanic(t, "insufficient allowance", func() { l.TransferFrom("dex", "alice", "carol", 21) })
	l.TransferFrom("dex", "alice", "carol", 20)
	if l.Allowance("alice", "dex") != 0 || len(l.allowances) != 0 {
		t.Fatal("a used-up allowance remains")
	}
	// an allowance does not let anyone else spend
	l.Approve("alice", "dex", 10)
	mustPanic(t, "insufficient allowance", func() { l.TransferFrom("mallory", "alice", "mallory", 1) })
}

func TestEvents(t *testing.T) {
	amigo.TestClearEvents()
	l := New("Test", "TST", 0)
	l.Mint("alice", 5)
	l.Approve("alice", "bob", 3)
	l.TransferFrom("bob", "alice", "carol", 3)
	var got []string
	for _, e := range amigo.TestEvents() {
		got = append(got, e.Name+" "+e.Get("from")+">"+e.Get("to")+e.Get("owner")+">"+e.Get("spender")+" "+e.Get("amount"))
	}
	want := "Transfer >alice> 5|Approval >alice>bob 3|Transfer alice>carol> 3"
	if strings.Join(got, "|") != want {
		t.Fatalf("events %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestFormatAndRender(t *testing.T) {
	l := New("Amigo Token", "AMG", 6)
	for amount, want := range map[uint64]string{0: "0", 1: "0.000001", 1500000: "1.5", 12000000: "12", 123456789: "123.456789"} {
		if got := l.Format(amount); got != want {
			t.Errorf("Format(%d) = %q, want %q", amount, got, want)
		}
	}
	l.Mint("alice", 2500000)
	if got := l.Render(""); got != "# Amigo Token (AMG)\n\nTotal supply: 2.5 AMG, 1 holders.\n" {
		t.Errorf("Render() = %q", got)
	}
	if got := l.Render("alice"); got != "# Amigo Token\n\n`alice` holds 2.5 AMG.\n" {
		t.Errorf("Render(alice) = %q", got)
	}
}
