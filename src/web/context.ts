// What every page gets: the lands it can read, the package sources, and where a page's URL points.
import type { ExplorerInit, ExplorerLand } from './types.ts'
import type { PackageSource } from './packages.ts'

export interface PageContext {
  init: ExplorerInit
  /** every land the node serves, local.land first */
  lands: () => ExplorerLand[]
  land: (name: string) => ExplorerLand | undefined
  source: (cid: string) => Promise<PackageSource>
}

/** The views of a package, after its path in the URL (`/local.land/me/blog$history`). */
export const VIEWS = ['source', 'state', 'history', 'call'] as const
export type View = typeof VIEWS[number] | 'render'

/** An explorer URL that names a package: `/PATH`, `/PATH:SUBPATH` (a render path) or `/PATH$VIEW`. */
export interface Target { path: string, subpath: string, view: View }

export function parseTarget (pathname: string): Target | undefined {
  let text: string
  try {
    text = decodeURIComponent(pathname.slice(1))
  } catch {
    return undefined
  }
  let view: View = 'render'
  const v = /\$([a-z]+)$/.exec(text)
  if (v !== null && (VIEWS as readonly string[]).includes(v[1])) {
    view = v[1] as View
    text = text.slice(0, v.index)
  }
  const colon = text.indexOf(':')
  const path = colon < 0 ? text : text.slice(0, colon)
  const subpath = colon < 0 ? '' : text.slice(colon + 1)
  if (view !== 'render' && colon >= 0) return undefined
  if (!/^[a-z0-9.-]+(\/[A-Za-z0-9_.-]+)+$/.test(path)) return undefined
  return { path, subpath, view }
}
