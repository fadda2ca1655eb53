// A toy hash chain: blocks linked by sha256, proof of work with a small difficulty, and tamper detection.
package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
)

type Block struct {
	Height uint64
	Prev   [32]byte
	Data   string
	Nonce  uint32
	Hash   [32]byte
}

func (b *Block) compute() [32]byte {
	buf := make([]byte, 0, 128)
	buf = binary.BigEndian.AppendUint64(buf, b.Height)
	buf = append(buf, b.Prev[:]...)
	buf = append(buf, b.Data...)
	buf = binary.LittleEndian.AppendUint32(buf, b.Nonce)
	return sha256.Sum256(buf)
}

func (b *Block) mine(zeros int) {
	prefix := strings.Repeat("0", zeros)
	for {
		b.Hash = b.compute()
		if strings.HasPrefix(hex.EncodeToString(b.Hash[:]), prefix) {
			return
		}
		b.Nonce++
	}
}

func verify(chain []*Block) (int, bool) {
	for i, b := range chain {
		if b.compute() != b.Hash {
			return i, false
		}
		if i > 0 && b.Prev != chain[i-1].Hash {
			return i, false
		}
	}
	return -1, true
}

func main() {
	var chain []*Block
	var prev [32]byte
	for i, data := range []string{"genesis", "alice pays bob 5", "bob pays carol 2", "carol pays alice 1"} {
		b := &Block{Height: uint64(i), Prev: prev, Data: data}
		b.mine(3)
		chain = append(chain, b)
		prev = b.Hash
		fmt.Printf("%d %-20q nonce=%-6d %x\n", b.Height, b.Data, b.Nonce, b.Hash[:8])
	}
	fmt.Println(verify(chain))
	chain[2].Data = "bob pays carol 200"
	fmt.Println(verify(chain))
	chain[2].mine(3)
	fmt.Println(verify(chain))
}
