/** Checks every line of a Go comparison program's output and prints a count per case name. */
export function tallyLines (output: string, check: (fields: string[]) => string | undefined): number {
  const tally = new Map<string, { cases: number, differ: number, first?: string }>()
  for (const line of output.split('\n')) {
    if (line === '') continue
    const fields = line.split(' ')
    const t = tally.get(fields[0]) ?? { cases: 0, differ: 0 }
    tally.set(fields[0], t)
    t.cases++
    const problem = check(fields)
    if (problem !== undefined) { t.differ++; t.first ??= problem }
  }
  let differ = 0
  for (const [name, t] of tally) {
    differ += t.differ
    console.log(`${name.padEnd(12)} ${String(t.cases).padStart(7)} cases  ${t.differ === 0 ? 'all equal to Go' : `${t.differ} differ, e.g. ${t.first}`}`)
  }
  return differ
}
