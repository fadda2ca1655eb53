/**
 * The land's records as the executor's two LocalVMs see them. After state sync (`adopt`) the state
 * records (`svc/`, `ver/`, `nonce/`) are not all copied from the adopted land state before the
 * first read: while they are being written locally (in the background), a state record is read
 * from the committed land state HAMT instead (one HAMT path, its blocks fetched by CID as
 * needed), which holds exactly these records with the same bytes (protocols/state.md §6). Every
 * other record, and every write, goes to the records underneath.
 */
import type { Hamt } from '../store/hamt/index.ts'
import { STATE_PREFIXES, isStateKey, readStateRecord } from './land-state.ts'
import { byBytes } from './land-overlay.ts'
import type { VMStorage } from './types.ts'

type Records = VMStorage['records']
const fromUtf8 = new TextDecoder('utf-8', { fatal: true })

export class LazyStateRecords implements Records {
  /** `lazyState()`: the committed land state while the local state records are incomplete, else undefined */
  constructor (private readonly base: Records, private readonly lazyState: () => Hamt | undefined) {}

  async get (key: string): Promise<Uint8Array | undefined> {
    const state = this.lazyState()
    if (state === undefined || !isStateKey(key)) return await this.base.get(key)
    return await readStateRecord(state, key)
  }

  async batch (ops: Array<{ key: string, value: Uint8Array | null }>): Promise<void> {
    await this.base.batch(ops)
  }

  /** under a state prefix while lazy: the whole HAMT is walked (only listing services does this) */
  async * keys (prefix: string): AsyncIterable<string> {
    const state = this.lazyState()
    if (state === undefined || !STATE_PREFIXES.some(p => p.startsWith(prefix) || prefix.startsWith(p))) {
      yield * this.base.keys(prefix)
      return
    }
    const out: string[] = []
    for await (const k of this.base.keys(prefix)) if (!isStateKey(k)) out.push(k)
    for await (const k of state.keys()) {
      const key = fromUtf8.decode(k)
      if (key.startsWith(prefix)) out.push(key)
    }
    yield * out.sort(byBytes)
  }
}
