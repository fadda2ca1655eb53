/**
 * A running service: its program (instantiated once, reused by every call while the state it
 * holds is the committed one), its heap, and where its history stands. A call that fails drops
 * the instances it touched; the next use loads them again from their committed state roots.
 */
import type { CID } from 'multiformats/cid'
import { instantiate, lookupStdPackage as lookup, type Runtime, type ProgramVar, type EnvExtra } from '../lang/index.ts'
import { MemoryBlockStore } from '../store/hamt/index.ts'
import * as dagCbor from '@ipld/dag-cbor'
import { Heap, type LargeMap } from './heap.ts'
import { TypeTable } from './type-key.ts'
import type { Built } from './packages.ts'
import type { BlockCache } from './block-cache.ts'

export interface HeadInfo {
  head: CID | null
  stateRoot: CID | null
  index: number
}

export class ServiceInstance {
  readonly types: TypeTable
  readonly vars: ProgramVar[]
  private readonly libVars: ProgramVar[]
  libFingerprint: Uint8Array | null = null

  readonly heap: Heap

  constructor (
    readonly path: string,
    readonly cid: CID,
    readonly built: Built,
    readonly rt: Runtime,
    cache: BlockCache,
    state: { objects: CID | null, next: number, maps?: Record<string, LargeMap> },
    public at: HeadInfo
  ) {
    this.types = new TypeTable(rt.program.types)
    this.heap = new Heap(cache, this.types, state.objects, state.next, state.maps)
    // the code's own path: a fork runs the same package at another path
    const own = built.program.path
    this.vars = rt.program.vars[own] ?? []
    this.libVars = Object.entries(rt.program.vars).filter(([p]) => p !== own).flatMap(([p, vs]) => vs.map(v => ({ ...v, name: `${p}.${v.name}` })))
  }

  /** a fresh program instance for a built package */
  static instantiate (built: Built, env: EnvExtra): Runtime {
    const natives = new Map<string, any>()
    for (const p of built.program.packages) {
      const sp = lookup(p)
      if (sp?.natives !== undefined) natives.set(p, sp.natives)
    }
    return instantiate(built.program.js, { natives, envExtra: env, writeStdout: () => {}, writeStderr: () => {} })
  }

  /** an encoding of the libraries' variables, to check that no call writes them */
  async fingerprintLibraries (cache: BlockCache): Promise<Uint8Array> {
    if (this.libVars.length === 0) return new Uint8Array()
    const store = new MemoryBlockStore()
    const heap = new Heap(cache, this.types, null, 1)
    const r = await heap.commit(this.libVars, store)
    return dagCbor.encode({ v: r.vars, o: r.objectsRoot })
  }

  /** the libraries' variables, for the error naming what may not be written */
  libraryVarNames (): string {
    return this.libVars.map(v => v.name).join(', ')
  }
}
