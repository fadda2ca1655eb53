/**
 * Replays one line of Go's sort output (scripts/native/sortcompare: "Sort|Stable keys positions")
 * through src/lang/native/sort: undefined when equal keys end in Go's order, else a message.
 */
import { sort, sortStable } from '../../../src/lang/native/sort/index.ts'

const list = (s: string | undefined): number[] => s === undefined || s === '' ? [] : s.split(',').map(Number)

export function checkSortLine (fields: string[]): string | undefined {
  const [kind, keyText, posText] = fields
  const keys = list(keyText)
  const pos = keys.map((_, i) => i)
  const d = {
    less: (i: number, j: number) => keys[i] < keys[j],
    swap: (i: number, j: number) => {
      let t = keys[i]; keys[i] = keys[j]; keys[j] = t
      t = pos[i]; pos[i] = pos[j]; pos[j] = t
    }
  }
  if (kind === 'Sort') sort(d, keys.length)
  else sortStable(d, keys.length)
  const got = pos.join(',')
  return got === (posText ?? '') ? undefined : `${kind} of [${(keyText ?? '').slice(0, 120)}…] leaves positions ${got.slice(0, 120)}…, Go ${(posText ?? '').slice(0, 120)}…`
}
