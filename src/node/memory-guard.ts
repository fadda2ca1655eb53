/**
 * Keeps the node's resident memory under its ceiling (config `limits.maxRssBytes`): while RSS is
 * above the high-water mark (a fraction of the ceiling), new costly requests (calls, pushes,
 * unsigned queries) are refused with ERR_BUSY until it drops, so a burst of hostile requests
 * cannot grow the heap past what the machine holds. Requests already running finish. RSS is
 * sampled at most once per `intervalMs`.
 */
import { AmigoError } from '../store/errors/index.ts'

/** The share of the ceiling above which costly requests are refused: room for those running. */
export const RSS_HIGH_WATER = 0.85

/** A request refused while the node is over its memory high-water mark. */
export class NodeBusyError extends AmigoError<'ERR_BUSY'> {
  constructor (message: string) { super('ERR_BUSY', message) }
}

export interface MemoryGuardInit {
  /** the ceiling; 0 turns the guard off */
  maxRssBytes: number
  intervalMs?: number
  rss?: () => number
  now?: () => number
}

export interface MemoryGuard {
  /** Throws {@link NodeBusyError} while RSS is above the high-water mark. */
  check: () => void
}

export function createMemoryGuard (init: MemoryGuardInit): MemoryGuard {
  const rss = init.rss ?? (() => process.memoryUsage.rss())
  const now = init.now ?? (() => performance.now())
  const intervalMs = init.intervalMs ?? 250
  const highWater = Math.floor(init.maxRssBytes * RSS_HIGH_WATER)
  let sampledAt = -Infinity
  let last = 0
  return {
    check () {
      if (init.maxRssBytes <= 0) return
      if (now() - sampledAt >= intervalMs) {
        sampledAt = now()
        last = rss()
      }
      if (last <= highWater) return
      throw new NodeBusyError(`the node is busy: its memory (${mib(last)}) is over its high-water mark (${mib(highWater)}, ${RSS_HIGH_WATER * 100}% of limits.maxRssBytes); try again later`)
    }
  }
}

function mib (bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`
}
