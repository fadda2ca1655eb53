/**
 * `npm run bench:explorer`: the explorer's server time (its Server-Timing header: from the request
 * to the page's last byte made) for a blog of 10,000 posts (POSTS=…) on a node started in-process
 * (the blog's own code plus a file that adds the posts in one call: 10,000 signed calls would take
 * minutes on a busy machine, and how the posts came is not what this measures):
 * the home page, the blog's first and a middle page (paged by the blog's Render), a post, the
 * history (its first two pages), the state and the source; and, to compare, the same reads
 * through the JSON API. `first` is a page's first load (caches cold: state views are kept by head
 * CID, package sources by CID); p50/p90/max are over ROUNDS loads after two more. Target: p50 under 20 ms.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { startExplorerNode, PACKAGES } from '../test/web/explorer-node.ts'
import { signCall, encodeSignedCall } from '../src/store/calls/index.ts'

const POSTS = Number(process.env.POSTS ?? 10_000)
const ROUNDS = Number(process.env.ROUNDS ?? 30)
const BLOG = 'local.land/me/blog'
const BATCH = 1000
/** added to the blog's files for the bench: n posts in one call (as the owner, like AddPost) */
const SEED = `package blog

import (
	"amigo"
	"strconv"
)

// Seed adds n posts.
func Seed(n int) {
	onlyOwner()
	for i := 0; i < n; i++ {
		lastID++
		p := &Post{ID: lastID, Title: "Post " + strconv.Itoa(lastID), Body: "Body of post " + strconv.Itoa(lastID) + ", with *Markdown*.", Author: amigo.Caller(), Created: amigo.Time(), Updated: amigo.Time()}
		posts.Set(postKey(p.ID), p)
	}
}
`

function percentile (sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

const n = await startExplorerNode()
try {
  const dir = join(PACKAGES, 'blog')
  const files = await Promise.all((await readdir(dir)).filter(f => f.endsWith('.go') && !f.endsWith('_test.go')).map(async name => ({ name, text: await readFile(join(dir, name), 'utf8') })))
  files.push({ name: 'seed.go', text: SEED })
  await n.push(files, BLOG)
  const t0 = performance.now()
  let nonce = (await n.api.nonce(n.key.address)).next
  for (let added = 0; added < POSTS; added += BATCH) {
    const signed = encodeSignedCall(await signCall({ land: 'local.land', nonce: nonce++, service: BLOG, func: 'Seed', args: [String(Math.min(BATCH, POSTS - added))], gas: 1_000_000_000 }, n.key.privateKey))
    const r = await n.api.call(signed)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
  }
  // and a few ordinary calls, so the history has calls with gas and events on its first page
  for (let i = 0; i < 60; i++) {
    const r = await n.call(BLOG, 'Comment', String(POSTS - (i % 5)), `"comment ${i}"`)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
  }
  console.log(`${POSTS} posts and 60 comments added in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const mid = Math.max(1, Math.floor(POSTS / 40))
  const pages = [
    '/',
    `/${BLOG}`,
    `/${BLOG}:page/${mid}`,
    `/${BLOG}:post/${Math.ceil(POSTS / 2)}`,
    `/${BLOG}$history`,
    `/${BLOG}$history?page=2`,
    `/${BLOG}$state`,
    `/${BLOG}$state?sel=posts`,
    `/${BLOG}$source`,
    // the same reads through the JSON API, for comparison: what the VM's query costs by itself
    `/api/v1/render?path=${BLOG}`,
    `/api/v1/state?path=${BLOG}&selector=lastID`
  ]
  const all: number[] = []
  const slow: string[] = []
  console.log('page (server time; the API rows: client time)  first ms   p50 ms   p90 ms   max ms   bytes')
  for (const p of pages) {
    const times: number[] = []
    let bytes = 0
    const api = p.startsWith('/api/')
    let first = 0
    for (let i = 0; i < ROUNDS + 2; i++) {
      const started = performance.now()
      const res = await fetch(n.url + p)
      const body = await res.text()
      const client = performance.now() - started
      if (res.status !== 200 || body.includes('class="error"')) throw new Error(`${p}: ${res.status} ${body.slice(0, 300)}`)
      const dur = api ? client : Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1])
      bytes = body.length
      if (i === 0) first = dur
      if (i >= 2) times.push(dur) // the first two warm the caches
    }
    times.sort((a, b) => a - b)
    if (!api) all.push(...times)
    if (!api && percentile(times, 0.5) >= 20) slow.push(p)
    console.log(`${p.padEnd(47)} ${first.toFixed(2).padStart(8)}  ${percentile(times, 0.5).toFixed(2).padStart(7)}  ${percentile(times, 0.9).toFixed(2).padStart(7)}  ${times[times.length - 1].toFixed(2).padStart(7)}  ${String(bytes).padStart(6)}`)
  }
  all.sort((a, b) => a - b)
  const p50 = percentile(all, 0.5)
  console.log(`all explorer pages: p50 ${p50.toFixed(2)} ms, p90 ${percentile(all, 0.9).toFixed(2)} ms`)
  console.log(slow.length === 0 ? 'target p50 < 20 ms: met by every page' : `target p50 < 20 ms: NOT met by ${slow.join(', ')}`)
} finally {
  await n.stop()
}
