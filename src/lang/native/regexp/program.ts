/**
 * Compiling a syntax tree to a program for the Pike VM (pike.ts): a flat list of instructions
 * in which a thread is a program counter plus its capture positions.
 */
import type { Node, Assertion } from './syntax.ts'

export type Inst =
  | { op: 'class', ranges: number[] } // one rune in ranges, then the next instruction
  | { op: 'split', x: number, y: number } // continue at x, and at y with lower priority
  | { op: 'jmp', x: number }
  | { op: 'save', n: number } // capture slot n := position
  | { op: 'assert', what: Assertion }
  | { op: 'match' }

export interface Program { insts: Inst[], slots: number }

/** The largest program accepted (Go refuses much larger expansions as "expression too large"). */
export const maxInsts = 100_000

export class TooLarge extends Error {}

/** Whether n can match the empty string (which decides how a star of it is compiled, as Go does). */
function nullable (n: Node): boolean {
  switch (n.k) {
    case 'empty': case 'assert': return true
    case 'class': return false
    case 'cap': return nullable(n.sub)
    case 'cat': return n.subs.every(nullable)
    case 'alt': return n.subs.some(nullable)
    case 'rep': return n.min === 0 || nullable(n.sub)
  }
}

export function compile (root: Node, groups: number): Program {
  const insts: Inst[] = []
  const emit = (i: Inst): number => {
    if (insts.length >= maxInsts) throw new TooLarge('expression too large')
    insts.push(i)
    return insts.length - 1
  }
  const gen = (n: Node): void => {
    switch (n.k) {
      case 'empty': return
      case 'class': emit({ op: 'class', ranges: n.ranges }); return
      case 'assert': emit({ op: 'assert', what: n.what }); return
      case 'cap':
        emit({ op: 'save', n: 2 * n.index })
        gen(n.sub)
        emit({ op: 'save', n: 2 * n.index + 1 })
        return
      case 'cat': for (const s of n.subs) gen(s); return
      case 'alt': {
        const jumps: number[] = []
        for (let i = 0; i < n.subs.length - 1; i++) {
          const split = emit({ op: 'split', x: 0, y: 0 })
          ;(insts[split] as { x: number }).x = insts.length
          gen(n.subs[i])
          jumps.push(emit({ op: 'jmp', x: 0 }))
          ;(insts[split] as { y: number }).y = insts.length
        }
        gen(n.subs[n.subs.length - 1])
        for (const j of jumps) (insts[j] as { x: number }).x = insts.length
        return
      }
      case 'rep': repeat(n.sub, n.min, n.max, n.greedy)
    }
  }
  // a split whose preferred branch is the body when greedy, the exit when not
  const branch = (split: number, body: number, exit: number, greedy: boolean): void => {
    const s = insts[split] as { x: number, y: number }
    s.x = greedy ? body : exit
    s.y = greedy ? exit : body
  }
  const repeat = (sub: Node, min: number, max: number, greedy: boolean): void => {
    for (let i = 0; i < min; i++) {
      if (i === min - 1 && max < 0) { // x+: the last mandatory copy loops
        const top = insts.length
        gen(sub)
        const split = emit({ op: 'split', x: 0, y: 0 })
        branch(split, top, insts.length, greedy)
        return
      }
      gen(sub)
    }
    if (max < 0 && !nullable(sub)) { // x*: the classic loop, whose head is the one way in
      const split = emit({ op: 'split', x: 0, y: 0 })
      gen(sub)
      emit({ op: 'jmp', x: split })
      branch(split, split + 1, insts.length, greedy)
      return
    }
    if (max < 0) { // x* of an x that can match empty as (x+)?, so that x still sets its groups once
      const enter = emit({ op: 'split', x: 0, y: 0 })
      const top = insts.length
      gen(sub)
      const again = emit({ op: 'split', x: 0, y: 0 })
      branch(enter, top, insts.length, greedy)
      branch(again, top, insts.length, greedy)
      return
    }
    const splits: number[] = [] // x{0,k} as (x(x(x)?)?)?
    for (let i = min; i < max; i++) {
      splits.push(emit({ op: 'split', x: 0, y: 0 }))
      gen(sub)
    }
    for (const s of splits) branch(s, s + 1, insts.length, greedy)
  }
  emit({ op: 'save', n: 0 })
  gen(root)
  emit({ op: 'save', n: 1 })
  emit({ op: 'match' })
  return { insts, slots: 2 * groups }
}
