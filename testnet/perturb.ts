/**
 * Perturbations of a running testnet node, as CometBFT's e2e runner has them: kill (SIGKILL, no
 * clean shutdown), pause/resume (SIGSTOP/SIGCONT: the process is frozen, its sockets stay open),
 * restart (a clean stop, then a start on the same repo and ports), disconnect/reconnect (the node
 * closes every connection and refuses every dial and inbound connection until reconnected: a
 * partition of one node, through its API, needing no privileges on the host); and for lands:
 * kill-sequencer (kill -9 of whichever node the land names as its sequencer at that moment) and
 * start-late (the first start of a node the manifest marks `late`: it joins by state sync).
 */
import type { Testnet, TestnetNode } from './launcher.ts'
import { signal } from './launcher.ts'
import type { PerturbationStep } from './manifest.ts'
import { statuses } from './land.ts'

export type Perturbation = 'kill' | 'pause' | 'resume' | 'restart' | 'disconnect' | 'reconnect'

export class PerturbationError extends Error {
  override name = 'PerturbationError'
  constructor (message: string, readonly code = 'ERR_PERTURBATION') {
    super(message)
  }
}

/** SIGKILL the node's process: it gets no chance to stop cleanly (a crash). */
export async function kill (node: TestnetNode): Promise<void> {
  if (!node.alive) throw new PerturbationError(`${node.name} is not running`)
  node.state = 'killed'
  signal(node, 'SIGKILL')
  await node.waitExit()
}

/** Freeze the node (SIGSTOP): it answers nothing until resumed, but its connections stay open. */
export async function pause (node: TestnetNode): Promise<void> {
  if (!node.alive || node.state !== 'running') throw new PerturbationError(`${node.name} is not running`)
  signal(node, 'SIGSTOP')
  node.state = 'paused'
}

export async function resume (node: TestnetNode): Promise<void> {
  if (node.state !== 'paused') throw new PerturbationError(`${node.name} is not paused`)
  signal(node, 'SIGCONT')
  node.state = 'running'
}

/** Stop the node (cleanly if it is running) and start it again on the same repo and ports. */
export async function restart (net: Testnet, node: TestnetNode): Promise<void> {
  if (node.alive) await net.stopNode(node)
  await net.startNode(node, { reusePorts: true })
}

/** Cut the node off the network: it keeps running, but has no peers and accepts none. */
export async function disconnect (node: TestnetNode): Promise<void> {
  if (!node.alive || node.state !== 'running') throw new PerturbationError(`${node.name} is not running`)
  await node.api.network('disconnect')
}

/** Let a disconnected node join again (it redials the peers it had). */
export async function reconnect (node: TestnetNode): Promise<void> {
  if (!node.alive || node.state !== 'running') throw new PerturbationError(`${node.name} is not running`)
  await node.api.network('reconnect')
}

export async function perturb (net: Testnet, node: TestnetNode, action: Perturbation): Promise<void> {
  switch (action) {
    case 'kill': return await kill(node)
    case 'pause': return await pause(node)
    case 'resume': return await resume(node)
    case 'restart': return await restart(net, node)
    case 'disconnect': return await disconnect(node)
    case 'reconnect': return await reconnect(node)
  }
}

/** The node the land's running nodes name as sequencer (the one most of them name). */
export async function currentSequencer (net: Testnet, land: string): Promise<TestnetNode> {
  const votes = new Map<string, number>()
  for (const { status } of await statuses(net, land)) votes.set(status.sequencer, (votes.get(status.sequencer) ?? 0) + 1)
  const [peerId] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
  const node = net.nodes.find(n => n.peerId === peerId)
  if (node === undefined) throw new PerturbationError(`no running node names a sequencer of ${land} that is in this testnet`)
  return node
}

/** One step of a manifest's schedule; returns the node it acted on. */
export async function applyStep (net: Testnet, step: PerturbationStep, land: string): Promise<TestnetNode> {
  if (step.action === 'kill-sequencer') {
    const node = await currentSequencer(net, land)
    await kill(node)
    return node
  }
  const node = net.node(step.node!)
  if (step.action === 'start-late') {
    if (node.state !== 'new') throw new PerturbationError(`${node.name} has started already`)
    await net.startNode(node)
  } else {
    await perturb(net, node, step.action)
  }
  return node
}
