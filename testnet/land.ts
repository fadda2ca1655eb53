/**
 * The testnet's land: before any node starts, every node's identity is created in its repo (a
 * validator's key is its node's identity key), the genesis of a fresh land is written with the
 * validators' peer ids (`<dir>/testnet.land.json`), and every node with a role in the land is
 * started with `--land` on it. Helpers to ask the running nodes about the land follow.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { initRepo } from '../src/node/repo.ts'
import { newGenesis, genesisJson } from '../src/node/land-genesis.ts'
import type { Genesis } from '../src/store/lands/index.ts'
import type { LandStatus } from '../src/api/services.ts'
import type { Testnet, TestnetNode } from './launcher.ts'
import type { Manifest } from './manifest.ts'
import { sleep } from './launcher.ts'

export const DEFAULT_TESTNET_LAND = 'testnet.land'

export interface TestnetLand {
  name: string
  file: string
  genesis: Genesis
}

export async function prepareLand (net: Testnet, manifest: Manifest): Promise<TestnetLand> {
  const name = manifest.land?.name ?? DEFAULT_TESTNET_LAND
  const ids = new Map<string, string>()
  for (const node of net.nodes) ids.set(node.name, (await initRepo(node.repo)).peerId.toString())
  const validators = net.nodes.filter(n => (n.spec.role ?? 'validator') === 'validator').map(n => ids.get(n.name)!)
  const genesis = await newGenesis({
    land: name,
    validators,
    params: {
      ...(manifest.land?.blockMs !== undefined ? { blockMs: manifest.land.blockMs } : {}),
      ...(manifest.land?.viewTimeoutMs !== undefined ? { viewTimeoutMs: manifest.land.viewTimeoutMs } : {})
    }
  })
  const file = join(net.dir, `${name}.json`)
  await writeFile(file, genesisJson(genesis))
  for (const node of net.nodes) if ((node.spec.role ?? 'validator') !== 'none') node.spec.lands = [file]
  net.landFile = file
  return { name, file, genesis }
}

/** The nodes that replicate the land and are running now. */
export function landNodes (net: Testnet): TestnetNode[] {
  return net.nodes.filter(n => n.state === 'running' && (n.spec.role ?? 'validator') !== 'none')
}

/** Each running land node's status (nodes that do not answer are left out). */
export async function statuses (net: Testnet, land: string): Promise<Array<{ node: TestnetNode, status: LandStatus }>> {
  const out = await Promise.all(landNodes(net).map(async node => {
    try {
      return { node, status: await node.api.landStatus(land) }
    } catch {
      return undefined
    }
  }))
  return out.filter(x => x !== undefined)
}

/** Waits until every running land node has reached `height` (false when `timeoutMs` ran out first). */
export async function waitHeight (net: Testnet, land: string, height: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const all = await statuses(net, land)
    if (all.length === landNodes(net).length && all.every(s => s.status.finalHeight >= height)) return true
    if (Date.now() > deadline) return false
    await sleep(100)
  }
}

/** The highest final height any running land node reports. */
export async function topHeight (net: Testnet, land: string): Promise<number> {
  return Math.max(0, ...(await statuses(net, land)).map(s => s.status.finalHeight))
}
