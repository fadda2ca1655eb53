/**
 * Refuses writes while the repo's disk is nearly full (config `limits.minFreeBytes`): a write
 * that would leave less than the reserve is refused before it starts, so LevelDB never runs out of
 * space halfway through a batch and nothing is half written. The free space is read with
 * `statfs` at most once per `intervalMs` (a cached figure is fine: the reserve is far larger than
 * what a few hundred ms of requests write).
 */
import { statfs } from 'node:fs/promises'
import { AmigoError } from '../store/errors/index.ts'

/** A write refused because the repo's disk holds less than the configured reserve. */
export class DiskFullError extends AmigoError<'ERR_DISK_FULL'> {
  constructor (message: string) { super('ERR_DISK_FULL', message) }
}

/** Bytes free for this process on the file system of `path` (what `df` calls "available"). */
export type FreeSpaceReader = (path: string) => Promise<number>

export const statfsFreeBytes: FreeSpaceReader = async path => {
  const s = await statfs(path)
  return s.bavail * s.bsize
}

export interface DiskGuardInit {
  /** the repo directory */
  path: string
  /** the reserve: writes are refused below it; 0 turns the guard off */
  minFreeBytes: number
  /** how long a reading of the free space is reused (ms) */
  intervalMs?: number
  read?: FreeSpaceReader
  now?: () => number
}

export interface DiskGuard {
  /** Throws {@link DiskFullError} unless `bytes` more can be written and the reserve still be free. */
  check: (bytes?: number) => Promise<void>
}

export function createDiskGuard (init: DiskGuardInit): DiskGuard {
  const read = init.read ?? statfsFreeBytes
  const now = init.now ?? (() => performance.now())
  const intervalMs = init.intervalMs ?? 250
  let sampledAt = -Infinity
  let sample: Promise<number | undefined> | undefined

  const freeBytes = async (): Promise<number | undefined> => {
    if (sample === undefined || now() - sampledAt >= intervalMs) {
      sampledAt = now()
      // a file system that cannot say (statfs unsupported) is not a full one
      sample = read(init.path).catch(() => undefined)
    }
    return await sample
  }

  return {
    async check (bytes = 0) {
      if (init.minFreeBytes <= 0) return
      const free = await freeBytes()
      if (free === undefined || free - bytes >= init.minFreeBytes) return
      throw new DiskFullError(`the node's disk is nearly full: ${mib(free)} free at ${init.path}, ${bytes > 0 ? `${mib(bytes)} to write, ` : ''}and the node keeps ${mib(init.minFreeBytes)} free (limits.minFreeBytes); nothing was written`)
    }
  }
}

function mib (bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}
