package token

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

func TestDeployerHoldsSupply(t *testing.T) {
	if BalanceOf("test.caller") != Supply || TotalSupply() != Supply {
		t.Fatalf("deployer holds %d of %d", BalanceOf("test.caller"), TotalSupply())
	}
	if Name() != "Amigo Token" || Symbol() != "AMG" || Decimals() != 6 {
		t.Fatalf("metadata %s %s %d", Name(), Symbol(), Decimals())
	}
}

func TestTransferUsesCaller(t *testing.T) {
	amigo.TestSetCaller("test.caller")
	Transfer("alice", 5000000)
	amigo.TestSetCaller("alice")
	Transfer("bob", 2000000)
	if BalanceOf("alice") != 3000000 || BalanceOf("bob") != 2000000 {
		t.Fatalf("alice %d bob %d", BalanceOf("alice"), BalanceOf("bob"))
	}
	amigo.TestSetCaller("mallory")
	mustPanic(t, "insufficient balance", func() { Transfer("mallory2", 1) })
	ev := amigo.TestEvents()
	last := ev[len(ev)-1]
	if last.Name != "Transfer" || last.Get("from") != "alice" || last.Get("to") != "bob" || last.Get("amount") != "2000000" || last.Get("token") != "AMG" {
		t.Fatalf("last event %+v", last)
	}
}

func TestApproveTransferFrom(t *testing.T) {
	amigo.TestSetCaller("test.caller")
	Transfer("carol", 100)
	amigo.TestSetCaller("carol")
	Approve("dave", 60)
	if Allowance("carol", "dave") != 60 {
		t.Fatalf("allowance %d", Allowance("carol", "dave"))
	}
	amigo.TestSetCaller("dave")
	TransferFrom("carol", "erin", 50)
	mustPanic(t, "insufficient allowance", func() { TransferFrom("carol", "erin", 11) })
	amigo.TestSetCaller("erin")
	mustPanic(t, "insufficient allowance", func() { TransferFrom("carol", "erin", 1) })
	if BalanceOf("carol") != 50 || BalanceOf("erin") != 50 || Allowance("carol", "dave") != 10 {
		t.Fatalf("carol %d erin %d allowance %d", BalanceOf("carol"), BalanceOf("erin"), Allowance("carol", "dave"))
	}
}

func TestRender(t *testing.T) {
	if got := Render(""); !strings.HasPrefix(got, "# Amigo Token (AMG)\n\nTotal supply: 1000000 AMG, ") {
		t.Fatalf("Render() = %q", got)
	}
}
