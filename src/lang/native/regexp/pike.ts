/**
 * The Pike VM: runs a program over a byte string in one pass, all threads in step, so matching
 * takes time linear in the input (times the program size) whatever the pattern: no backtracking.
 * Threads are kept in priority order, which gives leftmost-first submatches as Go's regexp does.
 */
import { runeAt, at } from '../text/runes.ts'
import { inRanges } from './syntax.ts'
import type { Program } from './program.ts'

const isWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f

function holds (what: string, s: string, i: number): boolean {
  switch (what) {
    case 'bot': return i === 0
    case 'eot': return i === s.length
    case 'bol': return i === 0 || s.charCodeAt(i - 1) === 0x0a
    case 'eol': return i === s.length || s.charCodeAt(i) === 0x0a
  }
  const before = i > 0 && isWord(s.charCodeAt(i - 1))
  const after = i < s.length && isWord(s.charCodeAt(i))
  return what === 'wb' ? before !== after : before === after
}

interface Thread { pc: number, caps: number[] }

/**
 * The leftmost-first match of prog in s starting the search at pos (leftmost-longest when
 * `longest`): the capture positions (-1 for groups that took no part), or null. `charge` is
 * called with the work of each step.
 */
export function execute (prog: Program, s: string, pos: number, charge: (steps: number) => void, longest = false): number[] | null {
  const insts = prog.insts
  const seen = new Int32Array(insts.length).fill(-1)
  let generation = 0
  const stack: Thread[] = []

  // adds the thread at pc and all it reaches without reading, in priority order
  const add = (list: Thread[], pc: number, caps: number[], i: number): void => {
    stack.push({ pc, caps })
    while (stack.length > 0) {
      const t = stack.pop() as Thread
      if (seen[t.pc] === generation) continue
      seen[t.pc] = generation
      const inst = insts[t.pc]
      switch (inst.op) {
        case 'jmp': stack.push({ pc: inst.x, caps: t.caps }); break
        case 'split':
          stack.push({ pc: inst.y, caps: t.caps })
          stack.push({ pc: inst.x, caps: t.caps })
          break
        case 'save': {
          const caps2 = t.caps.slice()
          caps2[inst.n] = i
          stack.push({ pc: t.pc + 1, caps: caps2 })
          break
        }
        case 'assert':
          if (holds(inst.what, s, i)) stack.push({ pc: t.pc + 1, caps: t.caps })
          break
        default: list.push(t)
      }
    }
  }

  const empty = new Array<number>(prog.slots).fill(-1)
  let matched: number[] | null = null
  let current: Thread[] = []
  for (let i = pos; ;) {
    if (matched === null) {
      generation++
      // a new thread starting here has the lowest priority: mark the live ones as seen first
      for (const t of current) seen[t.pc] = generation
      add(current, 0, empty, i)
    }
    if (current.length === 0 && (matched !== null || i >= s.length)) break
    charge(current.length + 1)
    let r = -1
    let width = 1
    if (i < s.length) { r = runeAt(s, i); width = at.width }
    const next: Thread[] = []
    generation++
    for (const t of current) {
      const inst = insts[t.pc]
      if (longest && matched !== null && t.caps[0] > matched[0]) continue // starts after the match
      if (inst.op === 'match') {
        if (!longest) {
          matched = t.caps
          break // the threads after this one have lower priority
        }
        // leftmost-longest: the earliest start, then the longest match
        if (matched === null || t.caps[0] < matched[0] || (t.caps[0] === matched[0] && i > matched[1])) matched = t.caps
        continue
      }
      if (inst.op === 'class' && r >= 0 && inRanges(inst.ranges, r)) add(next, t.pc + 1, t.caps, i + width)
    }
    current = next
    if (i >= s.length) break
    i += width
  }
  return matched
}
