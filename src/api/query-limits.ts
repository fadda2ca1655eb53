/**
 * Bounds on the queries anyone may send (eval, render, state without the token): each client (by
 * remote address) has at most `perClient` in flight, at most `running` run at once, and at most
 * `queued` more wait for a slot. Past any bound a query is refused at once with 503 ERR_BUSY, so a
 * flood of open queries queues no unbounded work and the node's other endpoints keep answering.
 */
import { ApiError } from './errors.ts'

export interface QueryLimitsInit {
  /** open queries one client may have in flight (running or waiting) */
  perClient: number
  /** open queries that run at once */
  running: number
  /** open queries that may wait for a running one to end */
  queued: number
}

export interface QueryLimits {
  /** Waits for a slot (or throws ERR_BUSY); the returned function gives it back, once. */
  acquire: (client: string, signal?: AbortSignal) => Promise<() => void>
  /** queries running and waiting, for tests and metrics */
  load: () => { running: number, queued: number }
}

export function createQueryLimits (init: QueryLimitsInit): QueryLimits {
  const perClient = new Map<string, number>()
  const waiting: Array<{ start: () => void }> = []
  let running = 0

  const busy = (why: string): ApiError => new ApiError(503, 'ERR_BUSY', `the node is busy: ${why}; try again later, or send the query with the API token`)

  const leave = (client: string): void => {
    const n = (perClient.get(client) ?? 1) - 1
    if (n === 0) perClient.delete(client)
    else perClient.set(client, n)
  }

  const releaser = (client: string): () => void => {
    let released = false
    return () => {
      if (released) return
      released = true
      leave(client)
      // the slot passes to the oldest waiting query, after a turn of the event loop: a query
      // that needs no I/O would otherwise start the next one in the same microtask run, and a
      // queue of them would starve every other request (status included) until it drained
      const next = waiting.shift()
      if (next !== undefined) setImmediate(next.start)
      else running--
    }
  }

  return {
    async acquire (client, signal) {
      signal?.throwIfAborted()
      const mine = perClient.get(client) ?? 0
      if (mine >= init.perClient) throw busy(`${client} has ${mine} open queries in flight (at most ${init.perClient})`)
      if (running < init.running) {
        running++
        perClient.set(client, mine + 1)
        return releaser(client)
      }
      if (waiting.length >= init.queued) throw busy(`${running} open queries run and ${waiting.length} wait (at most ${init.queued})`)
      perClient.set(client, mine + 1)
      return await new Promise<() => void>((resolve, reject) => {
        const entry = {
          start: () => {
            signal?.removeEventListener('abort', onAbort)
            resolve(releaser(client))
          }
        }
        const onAbort = (): void => {
          const i = waiting.indexOf(entry)
          if (i >= 0) waiting.splice(i, 1)
          leave(client)
          reject(signal!.reason)
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        waiting.push(entry)
      })
    },
    load: () => ({ running, queued: waiting.length })
  }
}

/** The defaults of `limits.openQueriesPerClient`, `limits.maxOpenQueries`, `limits.maxQueuedQueries`. */
export const DEFAULT_QUERY_LIMITS: QueryLimitsInit = { perClient: 4, running: 2, queued: 8 }
