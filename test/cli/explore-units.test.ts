// The pure parts of amigo init, search and map: package names from folders, the search ranking,
// the trace tree's layout, Graphviz dot.
import { strict as assert } from 'node:assert'
import { packageName } from '../../src/cli/scaffold-service.ts'
import { rankServices } from '../../src/cli/search-rank.ts'
import { traceLines } from '../../src/cli/trace-tree.ts'
import { graphToDot } from '../../src/cli/deployed-graph.ts'
import type { ServiceInfo, TraceFrame } from '../../src/vm/index.ts'

function info (path: string, doc: string, functions: string[], kind: ServiceInfo['kind'] = 'service'): ServiceInfo {
  return { path, kind, cid: `cid-${path}`, head: null, stateRoot: null, height: 0, doc, functions }
}

describe('amigo init, search, call --trace and map: the pure parts', () => {
  it('names the package after the folder, as a Go identifier that is no keyword and not main', () => {
    assert.equal(packageName('my-guestbook'), 'myguestbook')
    assert.equal(packageName('Blog2'), 'blog2')
    assert.equal(packageName('2048'), 'svc2048')
    assert.equal(packageName('func'), 'funcsvc')
    assert.equal(packageName('main'), 'mainsvc')
  })

  it('ranks path over function name over doc comment, and needs every word', () => {
    const services = [
      info('local.land/a/notes', 'Package notes keeps a vote tally.', ['Add(n int)']),
      info('local.land/a/poll', 'Package poll runs polls.', ['Vote(choice int)', 'Votes() int']),
      info('local.land/a/vote', 'Package vote is a ballot box.', ['Cast(choice int)']),
      info('local.land/a/other', 'Nothing here.', ['Get() int'])
    ]
    assert.deepEqual(rankServices(['vote'], services).map(h => h.path), ['local.land/a/vote', 'local.land/a/poll', 'local.land/a/notes'])
    assert.deepEqual(rankServices(['VOTE'], services)[1].functions, ['Vote(choice int)', 'Votes() int'])
    assert.deepEqual(rankServices(['vote', 'tally'], services).map(h => h.path), ['local.land/a/notes'])
    assert.equal(rankServices(['vote'], services)[0].synopsis, 'Package vote is a ballot box.')
  })

  it('draws the trace tree: children under their caller, events and panics under their frame', () => {
    const ev = (name: string): TraceFrame['events'][number] => ({ service: 's', name, kv: ['k', 'v'] })
    const frame = (service: string, func: string, caller: string, gasUsed: number, more: Partial<TraceFrame> = {}): TraceFrame =>
      ({ service, func, caller, gasUsed, events: [], calls: [], ...more })
    const tree = frame('a', 'F', 'me', 100, {
      events: [ev('A')],
      panic: 'b: boom',
      calls: [frame('b', 'G', 'a', 50, { calls: [frame('c', 'H', 'b', 5, { panic: 'boom' })] }), frame('c', 'K', 'a', 10, { events: [ev('C')] })]
    })
    assert.deepEqual(traceLines(tree), [
      'a.F  by me  gas 100',
      '│  event A k="v"',
      '│  panic: b: boom',
      '├─ b.G  by a  gas 50',
      '│  └─ c.H  by b  gas 5',
      '│        panic: boom',
      '└─ c.K  by a  gas 10',
      '      event C k="v"'
    ])
  })

  it('writes dot with quoted IDs: services boxes, libraries dashed, live imports bold', () => {
    const dot = graphToDot({
      land: 'local.land',
      nodes: [info('local.land/a/lib', '', [], 'library'), info('local.land/a/svc', '', [])],
      edges: [{ from: 'local.land/a/svc', to: 'local.land/a/lib', as: 'local.land/a/lib', cid: 'x', kind: 'code' }, { from: 'local.land/a/svc', to: 'local.land/a/gone', as: 'local.land/a/gone', cid: 'y', kind: 'unknown' }]
    })
    assert.equal(dot, [
      'digraph "local.land" {',
      '  rankdir=LR;',
      '  node [fontname="Helvetica", fontsize=11];',
      '  "local.land/a/lib" [shape=ellipse, style=dashed];',
      '  "local.land/a/svc" [shape=box];',
      '  "local.land/a/svc" -> "local.land/a/lib" [style=dashed];',
      '  "local.land/a/svc" -> "local.land/a/gone" [color=red, label="not deployed"];',
      '}',
      ''
    ].join('\n'))
  })
})
