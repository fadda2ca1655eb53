/**
 * `npm run testnet -- --nodes N`: start N real amigo-node processes on 127.0.0.1 (each with its
 * own repo, OS-chosen ports, all bootstrapped from the first) replicating a fresh land
 * `testnet.land` whose validators are the N nodes (identities are made first, then the genesis
 * `<dir>/testnet.land.json`, then every node starts with `--land` on it); wait until they are ready
 * and connected, run the manifest's scenario (a load of calls while perturbations happen), run
 * the checks, print PASS/FAIL and per-check latency (p50, p99, max), stop every process, and exit 0
 * only if every check passed.
 *
 *   --nodes N          number of nodes (default 5), all validators, with a short load
 *   --manifest FILE    a JSON manifest instead of --nodes (testnet/manifests/README.md)
 *   --checks a,b       run only these checks (names, content, blocks, roots, receipts, supply, crash, sync)
 *   --keep             leave the nodes running afterwards and print how to reach them
 *   --stop DIR         stop the nodes of a testnet left running with --keep
 *   --dir DIR          where repos and logs go (default: a new temp directory)
 *   --log-level LEVEL  the nodes' log level (default info)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Testnet, describeExit } from './launcher.ts'
import { defaultManifest, loadManifest } from './manifest.ts'
import { selectChecks } from './checks/index.ts'
import type { CheckResult } from './checks/index.ts'
import { formatSummary, summarize } from './stats.ts'
import { prepareLand } from './land.ts'
import { runScenario } from './scenario.ts'
import type { ScenarioResult } from './scenario.ts'

const USAGE = 'usage: npm run testnet -- [--nodes N | --manifest FILE] [--checks names,content] [--keep] [--dir DIR] [--log-level LEVEL] | --stop DIR\n'

async function main (): Promise<number> {
  let values
  try {
    ({ values } = parseArgs({
      options: {
        nodes: { type: 'string' },
        manifest: { type: 'string' },
        checks: { type: 'string' },
        keep: { type: 'boolean' },
        stop: { type: 'string' },
        dir: { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }))
  } catch (err) {
    process.stderr.write(`testnet: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  if (values.help === true) { process.stdout.write(USAGE); return 0 }
  if (values.stop !== undefined) return await stopKept(values.stop)
  const n = values.nodes === undefined ? 5 : Number(values.nodes)
  if (values.manifest === undefined && (!Number.isInteger(n) || n < 2 || n > 200)) {
    process.stderr.write(`testnet: --nodes takes a whole number from 2 to 200\n${USAGE}`)
    return 2
  }
  const manifest = values.manifest !== undefined ? await loadManifest(values.manifest) : defaultManifest(n)
  const checks = selectChecks(values.checks?.split(',') ?? manifest.checks)
  const dir = values.dir ?? await mkdtemp(join(tmpdir(), 'amigo-testnet-'))
  const keep = values.keep === true
  const net = new Testnet({ manifest, dir, keep, logLevel: values['log-level'] })

  let interrupted = false
  const onSignal = (sig: NodeJS.Signals): void => {
    if (interrupted) process.exit(130)
    interrupted = true
    process.stderr.write(`\ntestnet: ${sig}: stopping ${net.nodes.filter(x => x.alive).length} nodes…\n`)
    void net.stop().finally(() => process.exit(130))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const results: CheckResult[] = []
  let ok = false
  try {
    const t0 = performance.now()
    const land = await prepareLand(net, manifest)
    process.stdout.write(`testnet: land ${land.name} (${land.genesis.validators.length} validators) in ${land.file}\n`)
    process.stdout.write(`testnet: starting ${net.nodes.filter(n => n.spec.late !== true).length} nodes in ${dir}\n`)
    await net.start()
    const started = performance.now()
    await net.waitConnected()
    const ready = summarize(net.nodes.filter(x => x.readyMs.length > 0).map(x => x.readyMs[0]))
    process.stdout.write(`testnet: ${net.nodes.filter(n => n.alive).length} nodes ready in ${((started - t0) / 1000).toFixed(1)} s, connected after ${((performance.now() - t0) / 1000).toFixed(1)} s (spawn→ready ${formatSummary(ready)})\n`)
    let scenario: ScenarioResult | undefined
    try {
      scenario = await runScenario(net, manifest, land, line => process.stdout.write(`testnet: ${line}\n`))
    } catch (err) {
      results.push({ name: 'scenario', ok: false, detail: 'the load and perturbations of the manifest', failures: [(err as Error).message] })
      process.stdout.write(`FAIL  scenario\n      ✗ ${(err as Error).message}\n`)
    }
    for (const check of checks) {
      const t = performance.now()
      let result: CheckResult
      try {
        result = await check.run(net, scenario)
      } catch (err) {
        result = { name: check.name, ok: false, detail: check.description, failures: [(err as Error).message] }
      }
      results.push(result)
      const latency = result.latency !== undefined ? `  ${formatSummary(result.latency)}` : ''
      process.stdout.write(`${result.ok ? 'PASS' : 'FAIL'}  ${check.name.padEnd(8)}${latency}  [${((performance.now() - t) / 1000).toFixed(1)} s]\n      ${result.detail}\n`)
      for (const f of result.failures) process.stdout.write(`      ✗ ${f}\n`)
    }
    // a node that ended without being killed on purpose (the crash check reports it too)
    const dead = net.nodes.filter(x => !x.alive && x.state !== 'new' && x.state !== 'killed')
    for (const d of dead) results.push({ name: `alive:${d.name}`, ok: false, detail: `${d.name} ended: ${describeExit(d.exit)}`, failures: [d.logFile] })
    ok = results.length > 0 && results.every(r => r.ok)
  } catch (err) {
    process.stdout.write(`FAIL  testnet: ${(err as Error).message}\n`)
  }

  if (keep && !interrupted) {
    net.detach()
    process.stdout.write(`\ntestnet: ${net.nodes.length} nodes left running (--keep). State: ${join(dir, 'testnet.json')}\n`)
    for (const x of net.nodes) process.stdout.write(`  ${x.name.padEnd(8)} pid ${String(x.pid).padEnd(7)} ${x.apiUrl.padEnd(24)} ${x.peerId}\n`)
    const state = join(dir, 'testnet.json')
    process.stdout.write(`reach one:  export AMIGO_API=$(jq -r '.nodes[0].api' ${state}) AMIGO_API_TOKEN=$(cat "$(jq -r '.nodes[0].repo' ${state})/api.token"); npx amigo land status\n`)
    process.stdout.write(`join one:   npx amigo-node start --repo ${join(dir, 'extra')} --api 127.0.0.1:0 --listen /ip4/127.0.0.1/tcp/0 --bootstrap ${join(dir, 'bootstrap.json')} --land ${join(dir, 'testnet.land.json')}\n`)
    process.stdout.write(`logs:       ${dir}/<node>.log\nstop all:   npm run testnet -- --stop ${dir}\n`)
  } else {
    await net.stop()
    const unclean = net.nodes.filter(x => x.exit !== undefined && x.exit.code !== 0 && x.state !== 'killed')
    for (const u of unclean) process.stdout.write(`note: ${u.name} did not exit cleanly (${describeExit(u.exit)}); log ${u.logFile}\n`)
    if (ok && values.dir === undefined) await rm(dir, { recursive: true, force: true })
    else if (!ok) process.stdout.write(`testnet: logs kept in ${dir}\n`)
  }
  process.stdout.write(`testnet: ${ok ? 'all checks passed' : 'FAILED'}\n`)
  return ok ? 0 : 1
}

/** Stop the nodes listed in a kept testnet's testnet.json (SIGTERM to each process group). */
async function stopKept (dir: string): Promise<number> {
  const state = JSON.parse(await readFile(join(dir, 'testnet.json'), 'utf8')) as { nodes: Array<{ name: string, pid?: number }> }
  let stopped = 0
  for (const node of state.nodes) {
    if (node.pid === undefined) continue
    try {
      process.kill(-node.pid, 'SIGTERM')
      stopped++
    } catch {}
  }
  process.stdout.write(`testnet: sent SIGTERM to ${stopped} nodes\n`)
  return 0
}

process.exitCode = await main()
