// The developer's first minutes in the terminal (issue 11): amigo init, call --trace, search, why,
// map — the real `amigo` CLI against a real `amigo-node` on a fresh repo (genesis packages at
// local.land/amigo/NAME).
import { strict as assert } from 'node:assert'
import { mkdtemp, rm, mkdir, writeFile, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startDaemon, run, cleanEnv, processExists, CLIENT_BIN, ROOT } from './daemon.ts'
import type { Daemon } from './daemon.ts'

const PACKAGES = join(ROOT, 'bootstrap', 'packages')
const COMMENTS = 'local.land/amigo/comments'
const BLOG = 'local.land/me/blog'

interface Result { code: number, stdout: string, stderr: string }

describe('amigo init, call --trace, search, why and map against a real node', function () {
  this.timeout(300_000)
  let dir: string
  let repo: string
  let daemon: Daemon

  async function amigo (...args: string[]): Promise<Result> {
    const r = await run(CLIENT_BIN, args, { env: cleanEnv({ AMIGO_PATH: repo }) })
    return { code: r.code, stdout: r.stdout.toString(), stderr: r.stderr }
  }
  async function ok (...args: string[]): Promise<string> {
    const r = await amigo(...args)
    assert.equal(r.code, 0, `amigo ${args.join(' ')} exited ${r.code}:\n${r.stderr}${r.stdout}`)
    return r.stdout
  }
  async function json<T = any> (...args: string[]): Promise<T> {
    return JSON.parse(await ok(...args, '--json')) as T
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-explore-'))
    repo = join(dir, 'repo')
    daemon = await startDaemon(repo)
    await ok('push', join(PACKAGES, 'blog'), BLOG)
    await ok('call', `${BLOG}.AddPost`, '"Hello"', '"first post"')
  })
  after(async () => {
    if (daemon !== undefined && processExists(daemon.child.pid!)) {
      daemon.child.kill('SIGTERM')
      await daemon.exited
    }
    await rm(dir, { recursive: true, force: true })
  })

  describe('amigo init', () => {
    it('scaffolds a service that passes amigo test, deploys, and answers a call and a render', async () => {
      const created = await json<{ package: string, files: string[] }>('init', join(dir, 'guest-book'))
      assert.equal(created.package, 'guestbook')
      assert.deepEqual((await readdir(join(dir, 'guest-book'))).sort(), ['README.md', 'guestbook.go', 'guestbook_test.go'])
      const test = await amigo('test', '-v', join(dir, 'guest-book'))
      assert.equal(test.code, 0, test.stderr + test.stdout)
      assert.match(test.stdout, /--- PASS: TestSign/)
      assert.match(test.stdout, /--- PASS: ExampleSign/)
      await ok('push', join(dir, 'guest-book'), 'local.land/me/guestbook')
      assert.equal((await ok('call', 'local.land/me/guestbook.Sign', '"hi there"')).trim(), '1')
      assert.match(await ok('render', 'local.land/me/guestbook'), /- hi there/)
      const info = await json<{ doc: string, functions: string[] }>('info', 'local.land/me/guestbook')
      assert.match(info.doc, /^Package guestbook is a guestbook/)
      assert.ok(info.functions.includes('Sign(message string) int'), info.functions.join(', '))
    })

    it('refuses a folder that holds anything, and leaves it as it was', async () => {
      const d = join(dir, 'busy')
      await mkdir(d)
      await writeFile(join(d, 'notes.txt'), 'mine')
      const r = await amigo('init', d)
      assert.equal(r.code, 1)
      assert.match(r.stderr, /^amigo init: .*busy is not empty .*\(ERR_INIT_NOT_EMPTY\)\n$/)
      assert.deepEqual(await readdir(d), ['notes.txt'])
      assert.equal(await readFile(join(d, 'notes.txt'), 'utf8'), 'mine')
      const file = await amigo('init', join(d, 'notes.txt'))
      assert.equal(file.code, 1)
      assert.match(file.stderr, /\(ERR_INIT_NOT_A_DIRECTORY\)/)
      assert.equal((await amigo('init')).code, 2)
    })
  })

  describe('amigo call --trace', () => {
    it('prints the live-call tree: the blog, then the comments service it called, with gas and events', async () => {
      const out = await ok('call', `${BLOG}.Comment`, '1', '"Nice."', '--trace')
      const lines = out.trimEnd().split('\n')
      assert.equal(lines[0], '1', 'the result first')
      assert.match(lines[1], /^local\.land\/me\/blog\.Comment {2}by 12D3KooW\w+ {2}gas \d+$/)
      assert.match(lines[2], /^└─ local\.land\/amigo\/comments\.Add {2}by local\.land\/me\/blog {2}gas \d+$/)
      assert.match(lines[3], /^ {6}event Commented owner="local\.land\/me\/blog" thread="post-1" id="\d+"$/)
      assert.equal(lines.length, 4)
    })

    it('--json prints the tree with gas per frame; the receipt alone carries it as trace', async () => {
      const t = await json('call', `${BLOG}.Comment`, '1', '"Again."', '--trace')
      assert.equal(t.service, BLOG)
      assert.equal(t.func, 'Comment')
      assert.equal(t.calls.length, 1)
      assert.equal(t.calls[0].service, COMMENTS)
      assert.equal(t.calls[0].caller, BLOG)
      assert.ok(t.calls[0].gasUsed > 0 && t.calls[0].gasUsed < t.gasUsed)
      assert.deepEqual(t.calls[0].events.map((e: { name: string }) => e.name), ['Commented'])
      const receipt = await json('call', `${BLOG}.Comment`, '1', '"Third."')
      assert.equal(receipt.trace.gasUsed, receipt.gasUsed)
      assert.equal(receipt.trace.calls[0].func, 'Add')
    })

    it('shows the panic that ended a frame, and exits 1', async () => {
      const r = await amigo('call', `${BLOG}.Comment`, '1', '""', '--trace')
      assert.equal(r.code, 1)
      const lines = r.stdout.trimEnd().split('\n')
      assert.match(lines[0], /^local\.land\/me\/blog\.Comment {2}by /)
      assert.match(lines[1], /^│ {2}panic: .*comments: .*body must be/)
      assert.match(lines[2], /^└─ local\.land\/amigo\/comments\.Add {2}by local\.land\/me\/blog/)
      assert.match(lines[3], /^ {6}panic: .*body must be/)
      assert.match(r.stderr, /\(ERR_PANIC\)/)
    })
  })

  describe('amigo search, why, map', () => {
    it('search ranks a match in the path first, then in function names and the doc comment', async () => {
      const r = await json<{ results: Array<{ path: string, functions: string[], synopsis: string }> }>('search', 'comment')
      const paths = r.results.map(h => h.path)
      assert.equal(paths[0], COMMENTS, paths.join(', '))
      assert.ok(paths.includes(BLOG) && paths.includes('local.land/amigo/blog'), paths.join(', '))
      assert.ok(!paths.includes('local.land/amigo/counter'))
      const blog = r.results.find(h => h.path === BLOG)!
      assert.ok(blog.functions.includes('Comment(id int, body string) int'), blog.functions.join(', '))
      assert.match(blog.synopsis, /^Package blog is a blog service/)
      // every word must match
      assert.deepEqual((await json('search', 'comment', 'counter')).results, [])
      const text = await ok('search', 'guestbook')
      assert.match(text, /^local\.land\/me\/guestbook {2}\(service\)\n {4}Package guestbook is a guestbook/)
      const none = await amigo('search', 'zzzz')
      assert.equal(none.code, 0)
      assert.equal(none.stdout, '')
      assert.match(none.stderr, /no deployed package on local\.land matches "zzzz"/)
      assert.equal((await amigo('search')).code, 2)
    })

    it('why names the importers of a package and the CID they import, and what it imports', async () => {
      const comments = await json('info', COMMENTS)
      const w = await json('why', COMMENTS)
      assert.equal(w.cid, comments.cid)
      const by = w.importedBy.map((i: { path: string }) => i.path)
      assert.deepEqual(by, ['local.land/amigo/blog', BLOG])
      for (const i of w.importedBy) assert.deepEqual([i.cid, i.current], [comments.cid, true])
      const blog = await json('why', BLOG)
      assert.deepEqual(blog.importedBy, [])
      assert.deepEqual(blog.imports.map((i: { path: string, kind: string }) => `${i.path} ${i.kind}`), ['local.land/amigo/avl code', `${COMMENTS} live`])
      const avl = await json('why', 'local.land/amigo/avl')
      assert.deepEqual(avl.importedBy.map((i: { path: string }) => i.path), ['local.land/amigo/blog', BLOG])
      const text = await ok('why', COMMENTS)
      assert.match(text, new RegExp(`^imported by:\\n {2}local\\.land/amigo/blog {2}\\(service\\) {2}through ${comments.cid as string}$`, 'm'))
      const missing = await amigo('why', 'local.land/me/nothing')
      assert.equal(missing.code, 1)
      assert.match(missing.stderr, /^amigo why: local\.land\/me\/nothing is not deployed on local\.land \(ERR_NOT_FOUND\)\n$/)
    })

    it('map prints the import graph as text, JSON and Graphviz dot', async () => {
      const g = await json('map')
      const edges = g.edges.map((e: { from: string, to: string, kind: string }) => `${e.from} -> ${e.to} ${e.kind}`)
      assert.ok(edges.includes(`${BLOG} -> ${COMMENTS} live`), edges.join('\n'))
      assert.ok(edges.includes(`${BLOG} -> local.land/amigo/avl code`), edges.join('\n'))
      assert.ok(g.nodes.some((n: { path: string, kind: string }) => n.path === 'local.land/amigo/avl' && n.kind === 'library'))
      const text = await ok('map')
      assert.match(text, new RegExp(`^${BLOG} {2}\\(service\\)\\n {2}-> local\\.land/amigo/avl {2}code\\n {2}-> ${COMMENTS} {2}live$`, 'm'))
      const dot = await ok('map', '--dot')
      assert.match(dot, /^digraph "local\.land" \{\n/)
      assert.match(dot, /^ {2}"local\.land\/me\/blog" -> "local\.land\/amigo\/comments" \[label="live", style=bold\];$/m)
      assert.match(dot, /^ {2}"local\.land\/amigo\/avl" \[shape=ellipse, style=dashed\];$/m)
      assert.match(dot, /\}\n$/)
      assert.equal((await amigo('map', '--dot', '--json')).code, 2)
    })
  })
})
