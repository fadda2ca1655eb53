/**
 * The land's gossip (protocols/gossip.md): three topics named by the genesis CID, each with a
 * topic validator. A handler throws `Ignore` for messages to drop without penalty and a LandError
 * (or CallError) for invalid ones, which are Rejected so gossipsub's peer score punishes the sender.
 */
import { TopicValidatorResult, type GossipSub } from '@libp2p/gossipsub'
import type { Logger, PeerId } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'

export interface LandTopics { tx: string, block: string, vote: string }

export function landTopics (genesisCid: CID): LandTopics {
  const g = genesisCid.toString()
  return { tx: `/amigo/land/${g}/tx/1`, block: `/amigo/land/${g}/block/1`, vote: `/amigo/land/${g}/vote/1` }
}

/** A message that is dropped without blaming its sender (duplicate, stale, not for now). */
export class Ignore extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'Ignore'
  }
}

export type TopicHandler = (data: Uint8Array, from: PeerId) => Promise<void>

/** Subscribes to each topic with a validator that runs its handler; returns the function that undoes it. */
export function subscribeTopics (pubsub: GossipSub, handlers: Record<string, TopicHandler>, log: Logger, rejected: (code: string) => void): () => void {
  for (const [topic, handle] of Object.entries(handlers)) {
    pubsub.topicValidators.set(topic, async (from, msg) => {
      try {
        await handle(msg.data, from)
        return TopicValidatorResult.Accept
      } catch (e) {
        if (e instanceof Ignore) {
          log.trace('ignored a message on %s: %s', topic, e.message)
          return TopicValidatorResult.Ignore
        }
        const code = (e as { code?: string }).code
        if (code === undefined) {
          log.error('handling a message on %s - %e', topic, e)
          return TopicValidatorResult.Ignore
        }
        log('rejected a message on %s from %p: %s %s', topic, from, code, (e as Error).message)
        rejected(code)
        return TopicValidatorResult.Reject
      }
    })
    pubsub.subscribe(topic)
  }
  return () => {
    for (const topic of Object.keys(handlers)) {
      pubsub.unsubscribe(topic)
      pubsub.topicValidators.delete(topic)
    }
  }
}

/** Publishes without failing the caller: a message that reaches no peer now is repaired by sync. */
export async function publish (pubsub: GossipSub, topic: string, data: Uint8Array, log: Logger): Promise<void> {
  try {
    await pubsub.publish(topic, data)
  } catch (e) {
    log('publishing on %s failed - %e', topic, e)
  }
}
