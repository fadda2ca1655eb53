import { strict as assert } from 'node:assert'
import { Writable } from 'node:stream'
import { createLogger, componentLogger, render } from '../../src/node/logger.ts'

function capture (): { lines: () => Array<Record<string, unknown>>, destination: Writable } {
  const chunks: string[] = []
  const destination = new Writable({ write (chunk, _enc, cb) { chunks.push(String(chunk)); cb() } })
  return { destination, lines: () => chunks.join('').split('\n').filter(l => l !== '').map(l => JSON.parse(l)) }
}

describe('node logging', () => {
  it('sends the node\'s own components to pino with their name, and keeps libp2p\'s out below trace', async () => {
    const out = capture()
    const log = await createLogger({ level: 'debug', destination: out.destination })
    const components = componentLogger(log)
    components.forComponent('amigo:api')('listening on %s port %d', '127.0.0.1', 4680)
    components.forComponent('amigo:api').newScope('routes').error('failed: %e', new Error('boom'))
    components.forComponent('libp2p:tcp')('noise from libp2p')
    const lines = out.lines()
    assert.equal(lines.length, 2)
    assert.deepEqual([lines[0].component, lines[0].msg, lines[0].level], ['amigo:api', 'listening on 127.0.0.1 port 4680', 20])
    assert.equal(lines[1].component, 'amigo:api:routes')
    assert.equal(lines[1].level, 50)
    assert.match(String(lines[1].msg), /^failed: Error: boom/)
  })

  it('logs nothing below the configured level', async () => {
    const out = capture()
    const log = await createLogger({ level: 'info', destination: out.destination })
    const l = componentLogger(log).forComponent('amigo:net')
    l('a debug message')
    assert.equal(l.enabled, false)
    assert.equal(out.lines().length, 0)
  })

  it('formats libp2p\'s verbs: %p %c %a %e %o and extra arguments', () => {
    assert.equal(render('peer %p cid %c addr %a', ['12D3KooWx', { toString: () => 'bafy1' }, '/ip4/1.2.3.4']), 'peer 12D3KooWx cid bafy1 addr /ip4/1.2.3.4')
    assert.equal(render('100%% done', []), '100% done')
    assert.equal(render('n=%d', ['7', 'extra']), 'n=7 extra')
    assert.equal(render('missing %s', []), 'missing %s')
  })
})
