// Package dex is a small exchange: one constant-product pool (x·y = k) between two token
// services, AMG (local.land/amigo/token) and GLD (local.land/amigo/gold), imported live.
//
// The pool's tokens are held by the DEX service itself: its path (amigo.Self()) is an account
// in each token. To add liquidity or swap, a user first approves the DEX on the tokens it pays
// with (token.Approve("local.land/amigo/dex", n)); the DEX then calls token.TransferFrom, where
// amigo.Caller() is the DEX's path, so it spends the allowance the user gave it, and pays out
// with token.Transfer from its own balance. A call that fails at any point reverts as a whole,
// both tokens' state and the pool's.
package dex

import (
	"amigo"
	"math/bits"
	"strconv"

	"local.land/amigo/gold"
	"local.land/amigo/token"
)

// FeeBasisPoints is the swap fee, kept in the pool: 0.30%.
const FeeBasisPoints = 30

var (
	reserveAMG  uint64
	reserveGLD  uint64
	totalShares uint64
	shares      = map[string]uint64{}
)

// mulDiv returns a*b/c rounded down, computed on 128 bits; it panics if the result overflows.
func mulDiv(a, b, c uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if hi >= c {
		panic("dex: arithmetic overflow")
	}
	q, _ := bits.Div64(hi, lo, c)
	return q
}

// sqrtProduct returns floor(sqrt(a*b)).
func sqrtProduct(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	var r uint64
	for bit := uint64(1) << 63; bit != 0; bit >>= 1 {
		c := r | bit
		h, l := bits.Mul64(c, c)
		if h < hi || h == hi && l <= lo {
			r = c
		}
	}
	return r
}

func add(a, b uint64) uint64 {
	s, carry := bits.Add64(a, b, 0)
	if carry != 0 {
		panic("dex: arithmetic overflow")
	}
	return s
}

// Reserves returns the pool's AMG and GLD.
func Reserves() (amg, gld uint64) { return reserveAMG, reserveGLD }

// SharesOf returns the pool shares of account.
func SharesOf(account string) uint64 { return shares[account] }

// TotalShares returns the number of pool shares.
func TotalShares() uint64 { return totalShares }

// AddLiquidity moves amg and gld from the caller into the pool (the caller must have approved
// the DEX for both) and returns the shares minted for the caller. After the first deposit, the
// shares are those of the scarcer side at the pool's price; the surplus of the other side
// stays in the pool.
func AddLiquidity(amg, gld uint64) uint64 {
	if amg == 0 || gld == 0 {
		panic("dex: both amounts must be positive")
	}
	var minted uint64
	if totalShares == 0 {
		minted = sqrtProduct(amg, gld)
	} else {
		minted = mulDiv(amg, totalShares, reserveAMG)
		if g := mulDiv(gld, totalShares, reserveGLD); g < minted {
			minted = g
		}
	}
	if minted == 0 {
		panic("dex: deposit too small")
	}
	user := amigo.Caller()
	token.TransferFrom(user, amigo.Self(), amg)
	gold.TransferFrom(user, amigo.Self(), gld)
	reserveAMG, reserveGLD = add(reserveAMG, amg), add(reserveGLD, gld)
	totalShares = add(totalShares, minted)
	shares[user] += minted
	amigo.Emit("AddLiquidity", "provider", user, "amg", strconv.FormatUint(amg, 10),
		"gld", strconv.FormatUint(gld, 10), "shares", strconv.FormatUint(minted, 10))
	return minted
}

// RemoveLiquidity burns n of the caller's shares and pays out its part of both reserves.
func RemoveLiquidity(n uint64) (amg, gld uint64) {
	user := amigo.Caller()
	if n == 0 || shares[user] < n {
		panic("dex: " + user + " has " + strconv.FormatUint(shares[user], 10) + " shares, not " + strconv.FormatUint(n, 10))
	}
	amg = mulDiv(n, reserveAMG, totalShares)
	gld = mulDiv(n, reserveGLD, totalShares)
	shares[user] -= n
	if shares[user] == 0 {
		delete(shares, user)
	}
	totalShares -= n
	reserveAMG -= amg
	reserveGLD -= gld
	token.Transfer(user, amg)
	gold.Transfer(user, gld)
	amigo.Emit("RemoveLiquidity", "provider", user, "amg", strconv.FormatUint(amg, 10),
		"gld", strconv.FormatUint(gld, 10), "shares", strconv.FormatUint(n, 10))
	return amg, gld
}

// amountOut is what a swap of in pays out from a pool of rIn and rOut, after the fee.
func amountOut(in, rIn, rOut uint64) uint64 {
	if rIn == 0 || rOut == 0 {
		panic("dex: the pool is empty")
	}
	inAfterFee := mulDiv(in, 10000-FeeBasisPoints, 10000)
	return mulDiv(inAfterFee, rOut, add(rIn, inAfterFee))
}

// QuoteAMGForGLD returns how much GLD a swap of in AMG would pay now.
func QuoteAMGForGLD(in uint64) uint64 { return amountOut(in, reserveAMG, reserveGLD) }

// QuoteGLDForAMG returns how much AMG a swap of in GLD would pay now.
func QuoteGLDForAMG(in uint64) uint64 { return amountOut(in, reserveGLD, reserveAMG) }

// SwapAMGForGLD sells in AMG of the caller (approved to the DEX) for at least minOut GLD.
func SwapAMGForGLD(in, minOut uint64) uint64 {
	out := amountOut(in, reserveAMG, reserveGLD)
	if out == 0 || out < minOut {
		panic("dex: output " + strconv.FormatUint(out, 10) + " GLD is below the minimum " + strconv.FormatUint(minOut, 10))
	}
	user := amigo.Caller()
	token.TransferFrom(user, amigo.Self(), in)
	gold.Transfer(user, out)
	reserveAMG, reserveGLD = add(reserveAMG, in), reserveGLD-out
	amigo.Emit("Swap", "trader", user, "in", strconv.FormatUint(in, 10)+" AMG", "out", strconv.FormatUint(out, 10)+" GLD")
	return out
}

// SwapGLDForAMG sells in GLD of the caller (approved to the DEX) for at least minOut AMG.
func SwapGLDForAMG(in, minOut uint64) uint64 {
	out := amountOut(in, reserveGLD, reserveAMG)
	if out == 0 || out < minOut {
		panic("dex: output " + strconv.FormatUint(out, 10) + " AMG is below the minimum " + strconv.FormatUint(minOut, 10))
	}
	user := amigo.Caller()
	gold.TransferFrom(user, amigo.Self(), in)
	token.Transfer(user, out)
	reserveGLD, reserveAMG = add(reserveGLD, in), reserveAMG-out
	amigo.Emit("Swap", "trader", user, "in", strconv.FormatUint(in, 10)+" GLD", "out", strconv.FormatUint(out, 10)+" AMG")
	return out
}

// Render shows the pool.
func Render(path string) string {
	if totalShares == 0 {
		return "# AMG/GLD pool\n\nEmpty: add liquidity to open it.\n"
	}
	return "# AMG/GLD pool\n\n| reserve | amount |\n| --- | --- |\n| AMG | " + strconv.FormatUint(reserveAMG, 10) +
		" |\n| GLD | " + strconv.FormatUint(reserveGLD, 10) + " |\n\n" + strconv.FormatUint(totalShares, 10) +
		" shares held by " + strconv.Itoa(len(shares)) + " providers; fee " + strconv.Itoa(FeeBasisPoints) + " basis points.\n"
}
