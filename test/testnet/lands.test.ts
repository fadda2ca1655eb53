// The testnet's land: manifests (validated as a user writes them) and the CI manifest run end to
// end with real processes (4 validators, the sequencer killed under load, a late joiner).
import { strict as assert } from 'node:assert'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkManifest, loadManifest, ManifestError } from '../../testnet/manifest.ts'
import type { Manifest } from '../../testnet/manifest.ts'
import { ROOT, requireBuild, cleanEnv } from '../cli/daemon.ts'

const node = (name: string, extra: object = {}): Manifest['nodes'][number] => ({ name, bootstrap: name === 'node0' ? [] : ['node0'], ...extra })

describe('testnet land manifests', () => {
  it('loads the shipped manifests', async () => {
    for (const file of ['ci.json', 'perturb.json']) {
      const m = await loadManifest(join(ROOT, 'testnet', 'manifests', file))
      assert.ok(m.load !== undefined && (m.perturbations?.length ?? 0) > 0, file)
      assert.ok(m.nodes.some(n => n.late === true), file)
    }
  })

  it('refuses unknown perturbations and roles, start-late of a node that is not late, a land without validators, a bad load', () => {
    const bad: Array<Partial<Manifest>> = [
      { nodes: [node('node0')], perturbations: [{ node: 'node0', action: 'explode' as any, atMs: 1 }] },
      { nodes: [node('node0'), node('node1')], perturbations: [{ node: 'node1', action: 'start-late', atMs: 1 }] },
      { nodes: [node('node0', { role: 'follower' })] },
      { nodes: [node('node0', { role: 'boss' })] },
      { nodes: [node('node0')], load: { callsPerSecond: 0, durationMs: 1000 } },
      { nodes: [node('node0')], load: { callsPerSecond: 5, durationMs: 1000, services: ['dex' as any] } },
      { nodes: [node('node0'), { name: 'late', bootstrap: [], late: true }] }
    ]
    for (const m of bad) assert.throws(() => checkManifest(m as Manifest), ManifestError, JSON.stringify(m))
    assert.doesNotThrow(() => checkManifest({ nodes: [node('node0'), node('late0', { late: true, role: 'follower' })], perturbations: [{ action: 'kill-sequencer', atMs: 0 }, { node: 'late0', action: 'start-late', atMs: 5 }] }))
  })
})

describe('testnet: the CI manifest (real processes)', function () {
  this.timeout(240_000)
  it('passes every land check: 4 validators, the sequencer killed under load, a late joiner synced by state sync', async () => {
    requireBuild()
    const dir = await mkdtemp(join(tmpdir(), 'amigo-ci-land-'))
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'testnet', 'run.ts'), '--manifest', join(ROOT, 'testnet', 'manifests', 'ci.json'), '--dir', dir], { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      child.stdout.on('data', d => { out += String(d) })
      child.stderr.on('data', d => { out += String(d) })
      const code = await new Promise<number | null>(resolve => child.once('exit', c => resolve(c)))
      assert.equal(code, 0, out)
      for (const check of ['blocks', 'roots', 'receipts', 'supply', 'crash', 'sync']) assert.match(out, new RegExp(`PASS {2}${check}`), out)
      assert.doesNotMatch(out, /FAIL/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
