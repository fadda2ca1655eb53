// Views of a service's state, kept by the head they were read at: a head CID names one state for
// good, so a view read once is the same on every later page (the VM's query walks the whole heap
// of a large service; reading the same view again must not). A new call makes a new head, and
// with it new keys; old entries fall out when the cache is full.
import type { StateView } from '../vm/index.ts'
import type { ExplorerLand } from './types.ts'
import { OPEN_QUERY_GAS } from '../api/index.ts'

const CAPACITY = 1024

export type StateReader = (land: ExplorerLand, path: string, head: string, selector: string, at: number | undefined) => Promise<StateView>

export function cachedStateViews (): StateReader {
  const cache = new Map<string, Promise<StateView>>()
  return async (land, path, head, selector, at) => {
    const key = `${land.land}\n${path}\n${head}\n${at ?? ''}\n${selector}`
    let view = cache.get(key)
    if (view === undefined) {
      // an open read: the gas of an open query, as GET /state has
      view = land.reads.getObject(path, selector, { at, gas: OPEN_QUERY_GAS })
      view.catch(() => cache.delete(key))
      if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value!)
      cache.set(key, view)
    }
    return await view
  }
}
