// The memory limit counts allocation deterministically and credits what provably can no longer be
// reached (protocols/gas.md, Memory): prepending to an owned slice keeps the count near the live data.
import { strict as assert } from 'node:assert'
import { runProgram, type Limits } from '../../../src/lang/index.ts'

function run (src: string, limits?: Limits): { out: string, err: string, code: number } {
  const out: Uint8Array[] = []
  const err: Uint8Array[] = []
  const r = runProgram({ files: [{ name: 'prog.go', text: src }], stdout: b => out.push(b), stderr: b => err.push(b), limits })
  return { out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8'), code: r.exitCode }
}

const prepend = (extra: string): string => `package main

import "fmt"

type Edit struct {
	Op   byte
	A, B int
}

var keep [][]Edit

func build(n int) []Edit {
	var edits []Edit
	for i := 0; i < n; i++ {
		e := Edit{'=', i, n - i}
		edits = append([]Edit{e}, edits...)
		${extra}
	}
	return edits
}

func main() {
	edits := build(5000)
	fmt.Println(len(edits), edits[0].A, edits[len(edits)-1].B)
}
`

describe('lang/runtime: the memory limit bounds live memory', () => {
  // 5,000 prepends copy 12.5 million elements: about 600 MB allocated in all, 240 KB live
  const limits: Limits = { maxMemory: 4 << 20 }

  it('prepending 5,000 times to a slice only it holds runs within 4 MiB, as in Go', () => {
    const r = run(prepend(''), limits)
    assert.equal(r.err, '')
    assert.equal(r.out, '5000 4999 5000\n')
    assert.equal(r.code, 0)
  })

  it('the same loop keeping every old copy alive ends in ERR_MEMORY: shared backing arrays are never credited', () => {
    const r = run(prepend('keep = append(keep, edits)'), limits)
    assert.equal(r.code, 2)
    assert.match(r.err, /^ERR_MEMORY: out of memory: limit 4194304 bytes exceeded/)
  })
})
