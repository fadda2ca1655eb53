/**
 * The land checks of a testnet run (after its scenario, testnet/scenario.ts): every running node
 * holds the same blocks at every final height, with the same state roots; every call that got a
 * final receipt is in the log exactly once, where its receipt says; the token supply is
 * conserved; no node crashed; each late joiner caught up by state sync, not by replaying.
 */
import type { LandBlockInfo } from '../../src/api/services.ts'
import type { Testnet, TestnetNode } from '../launcher.ts'
import { landNodes, statuses } from '../land.ts'
import type { ScenarioResult } from '../scenario.ts'
import type { Check, CheckResult } from './index.ts'
import { summarize } from '../stats.ts'

/** What the token package mints at deployment (bootstrap/packages/token: Supply). */
const TOKEN_SUPPLY = 1_000_000n * 1_000_000n

/** A node's final blocks from `from` to `to`, page by page. */
async function blocksOf (node: TestnetNode, land: string, from: number, to: number): Promise<Map<number, LandBlockInfo>> {
  const out = new Map<number, LandBlockInfo>()
  for (let h = from; h <= to;) {
    const { blocks } = await node.api.landBlocks(land, { from: h, limit: Math.min(1000, to - h + 1) })
    if (blocks.length === 0) break
    for (const b of blocks) if (b.height <= to) out.set(b.height, b)
    h = blocks[blocks.length - 1].height + 1
  }
  return out
}

function needScenario (name: string, s: ScenarioResult | undefined): CheckResult | undefined {
  if (s === undefined) return { name, ok: false, detail: 'needs the land scenario of the run', failures: ['no scenario ran'] }
  if (s.settledHeight === undefined) return { name, ok: false, detail: 'the running nodes did not settle on one final height', failures: ['not settled'] }
  return undefined
}

/** Every running node's blocks up to the settled height (a node that joined by state sync: from its sync height). */
async function allLogs (net: Testnet, s: ScenarioResult): Promise<Array<{ node: TestnetNode, from: number, blocks: Map<number, LandBlockInfo> }>> {
  const sts = await statuses(net, s.land.name)
  return await Promise.all(landNodes(net).map(async node => {
    const from = (sts.find(x => x.node === node)?.status.syncedFrom ?? 0) + 1
    return { node, from, blocks: await blocksOf(node, s.land.name, from, s.settledHeight!) }
  }))
}

/** Appends `value` to the list kept under `key`. */
function addTo<K, V> (groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key)
  if (list === undefined) groups.set(key, [value])
  else list.push(value)
}

/** `node0,node1 → X; node2 → Y`: which nodes saw which value. */
function describeGroups (groups: Map<string, string[]>): string {
  return [...groups.entries()].map(([value, names]) => `${names.join(',')} → ${value}`).join('; ')
}

export const blocksCheck: Check = {
  name: 'blocks',
  description: 'identical block CIDs and state roots at every final height on every running node',
  async run (net, s): Promise<CheckResult> {
    const early = needScenario('blocks', s)
    if (early !== undefined) return early
    const top = s!.settledHeight!
    const logs = await allLogs(net, s!)
    const failures: string[] = []
    for (let h = 1; h <= top; h++) {
      const seen = new Map<string, string[]>()
      for (const log of logs) {
        if (h < log.from) continue
        const b = log.blocks.get(h)
        if (b === undefined) { failures.push(`${log.node.name} has no final block at height ${h}`); continue }
        const key = `${b.cid} root ${b.stateRoot}`
        addTo(seen, key, log.node.name)
      }
      if (seen.size > 1) failures.push(`height ${h}: ${describeGroups(seen)}`)
      if (failures.length > 20) break
    }
    return { name: 'blocks', ok: failures.length === 0, detail: `${logs.length} nodes compared at heights 1…${top}`, failures }
  }
}

export const rootsCheck: Check = {
  name: 'roots',
  description: 'identical final state roots; no node reports a divergence',
  async run (net, s): Promise<CheckResult> {
    const early = needScenario('roots', s)
    if (early !== undefined) return early
    const top = s!.settledHeight!
    const failures: string[] = []
    const roots = new Map<string, string[]>()
    for (const { node, status } of await statuses(net, s!.land.name)) {
      if (status.divergence !== undefined) failures.push(`${node.name} diverged at height ${status.divergence.height}: ours ${status.divergence.ours}, certified ${status.divergence.theirs}`)
      const [b] = (await node.api.landBlocks(s!.land.name, { from: top, limit: 1 })).blocks
      if (b === undefined || b.height !== top) { failures.push(`${node.name} has no block at height ${top}`); continue }
      addTo(roots, b.stateRoot, node.name)
    }
    if (roots.size > 1) failures.push(`state roots at height ${top}: ${describeGroups(roots)}`)
    return { name: 'roots', ok: failures.length === 0, detail: `final state root at height ${top}: ${[...roots.keys()].join(', ')}`, failures }
  }
}

export const receiptsCheck: Check = {
  name: 'receipts',
  description: 'every call that got a final receipt is in the log exactly once, at its receipt\'s height and block',
  async run (net, s): Promise<CheckResult> {
    const early = needScenario('receipts', s)
    if (early !== undefined) return early
    const load = s!.load
    if (load === undefined) return { name: 'receipts', ok: true, detail: 'no load: nothing to check', failures: [] }
    // a node holding the whole log (one that did not join by state sync)
    const sts = await statuses(net, s!.land.name)
    const full = sts.find(x => x.status.syncedFrom === undefined)
    if (full === undefined) return { name: 'receipts', ok: false, detail: 'no running node holds the whole log', failures: ['every node joined by state sync'] }
    const top = Math.max(s!.settledHeight!, ...[...load.final.values()].map(f => f.height))
    const blocks = await blocksOf(full.node, s!.land.name, 1, top)
    const where = new Map<string, number[]>()
    for (const b of blocks.values()) for (const tx of b.txs) addTo(where, tx, b.height)
    const failures: string[] = []
    for (const [tx, heights] of where) if (heights.length > 1) failures.push(`${tx} is in the log ${heights.length} times (heights ${heights.join(', ')})`)
    for (const [tx, f] of load.final) {
      const heights = where.get(tx) ?? []
      if (heights.length === 0) failures.push(`${tx} got a final receipt (height ${f.height}) but is not in the log`)
      else if (heights[0] !== f.height || blocks.get(f.height)?.cid !== f.block) failures.push(`${tx}: receipt says height ${f.height} block ${f.block}, the log has it at ${heights[0]} (${blocks.get(heights[0])?.cid ?? '?'})`)
      if (failures.length > 20) break
    }
    const oks = [...load.final.values()].filter(f => f.ok).length
    return {
      name: 'receipts',
      ok: failures.length === 0,
      latency: summarize([...load.final.values()].map(f => f.latencyMs)),
      detail: `${load.final.size} final receipts (${oks} ok) of ${load.sent} load calls and the setup, against ${full.node.name}'s log of ${blocks.size} blocks; ${load.unanswered} calls got no answer`,
      failures
    }
  }
}

export const supplyCheck: Check = {
  name: 'supply',
  description: 'the token supply is conserved: the balances of every account add up to TotalSupply, which is the minted supply',
  async run (net, s): Promise<CheckResult> {
    const early = needScenario('supply', s)
    if (early !== undefined) return early
    const token = s!.load?.tokenPath
    if (token === undefined) return { name: 'supply', ok: true, detail: 'no token load: nothing to check', failures: [] }
    const failures: string[] = []
    const checked: string[] = []
    for (const node of landNodes(net)) {
      const total = BigInt((await node.api.eval(token, 'TotalSupply()')).value)
      let sum = 0n
      for (const account of s!.load!.accounts) sum += BigInt((await node.api.eval(token, `BalanceOf(${JSON.stringify(account)})`)).value)
      if (total !== TOKEN_SUPPLY) failures.push(`${node.name}: TotalSupply() is ${total}, not ${TOKEN_SUPPLY}`)
      if (sum !== total) failures.push(`${node.name}: the balances of the ${s!.load!.accounts.length} accounts add up to ${sum}, not ${total}`)
      checked.push(node.name)
    }
    return { name: 'supply', ok: failures.length === 0, detail: `${token}: supply ${TOKEN_SUPPLY} over ${s!.load!.accounts.length} accounts on ${checked.join(', ')}`, failures }
  }
}

export const crashCheck: Check = {
  name: 'crash',
  description: 'no node crashed: every node not killed on purpose is running',
  async run (net, s): Promise<CheckResult> {
    const failures: string[] = []
    for (const node of net.nodes) {
      if (node.state === 'new') continue
      if (node.alive) continue
      if (s?.killed.has(node.name) === true && node.state === 'killed') continue
      failures.push(`${node.name} ended (${node.exit?.signal ?? `exit ${String(node.exit?.code)}`}); log ${node.logFile}`)
    }
    return { name: 'crash', ok: failures.length === 0, detail: `${net.nodes.filter(n => n.alive).length} running, ${s?.killed.size ?? 0} killed on purpose`, failures }
  }
}

export const syncCheck: Check = {
  name: 'sync',
  description: 'each late joiner is running, at the final height, and got there by state sync (not by replaying from genesis)',
  async run (net, s): Promise<CheckResult> {
    const early = needScenario('sync', s)
    if (early !== undefined) return early
    const late = net.nodes.filter(n => n.spec.late === true)
    if (late.length === 0) return { name: 'sync', ok: true, detail: 'no late joiner', failures: [] }
    const failures: string[] = []
    const sts = await statuses(net, s!.land.name)
    for (const node of late) {
      const st = sts.find(x => x.node === node)?.status
      if (st === undefined) { failures.push(`${node.name} is not running or does not serve the land`); continue }
      if (st.finalHeight < s!.settledHeight!) failures.push(`${node.name} is at final height ${st.finalHeight}, not ${s!.settledHeight!}`)
      if (st.syncedFrom === undefined) failures.push(`${node.name} did not join by state sync (no syncedFrom in its status)`)
    }
    return { name: 'sync', ok: failures.length === 0, detail: late.map(n => `${n.name} synced from ${String(sts.find(x => x.node === n)?.status.syncedFrom ?? '-')}`).join(', '), failures }
  }
}

export const LAND_CHECKS: Check[] = [blocksCheck, rootsCheck, receiptsCheck, supplyCheck, crashCheck, syncCheck]
