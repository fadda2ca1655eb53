/**
 * `npm run fuzz`: the long run of the property and fuzz tests of test/fuzz (issue 12). The same
 * properties `npm test` runs a few hundred times each with a fixed seed run here FUZZ_RUNS times
 * (default 20000; costly properties run a fixed fraction of it) with a fresh seed, printed first
 * so a failure can be replayed:
 *
 *   npm run fuzz                                   # every property, a new seed
 *   FUZZ_RUNS=100000 npm run fuzz                  # longer
 *   FUZZ_SEED=1234 npm run fuzz -- -g "name records" test/fuzz/net.test.ts   # replay one suite
 *
 * Extra arguments go to mocha (a grep, or the files to run; default test/fuzz/*.test.ts).
 * A failing property prints its counterexample, its seed and its path (fast-check's report).
 */
import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = process.env.FUZZ_RUNS ?? '20000'
const seed = process.env.FUZZ_SEED ?? String(randomInt(2 ** 31 - 1))
const args = process.argv.slice(2)
const files = args.some(a => a.endsWith('.ts')) ? [] : readdirSync(`${root}test/fuzz`).filter(f => f.endsWith('.test.ts')).sort().map(f => `test/fuzz/${f}`)

console.log(`fuzz: FUZZ_RUNS=${runs} FUZZ_SEED=${seed}  (replay: FUZZ_RUNS=${runs} FUZZ_SEED=${seed} npm run fuzz${args.length > 0 ? ' -- ' + args.join(' ') : ''})`)
const started = Date.now()
const r = spawnSync(process.execPath, [`${root}node_modules/mocha/bin/mocha.js`, '--no-config', '--import=tsx', '--timeout', '0', ...files, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed }
})
console.log(`fuzz: ${r.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s, FUZZ_SEED=${seed}`)
process.exit(r.status ?? 1)
