import { strict as assert } from 'node:assert'
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { newGenesis, readValidators, validatorsOfFile, checkLandName, LandFileError, DEFAULT_LAND_PARAMS } from '../../src/node/land-genesis.ts'
import { resolveConfig, ConfigError } from '../../src/node/config.ts'
import { main } from '../../src/cli/amigo-node.ts'

async function peerIds (n: number): Promise<string[]> {
  return await Promise.all(Array.from({ length: n }, async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()))
}

function code (c: string): (err: unknown) => boolean {
  return (err: unknown) => { assert.ok(err instanceof LandFileError, String(err)); assert.equal(err.code, c); return true }
}

describe('land genesis (amigo-node land new)', () => {
  let dir: string
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'amigo-land-')) })
  after(async () => { await rm(dir, { recursive: true, force: true }) })

  it('takes validators as peer ids, from a testnet.json, a genesis, a JSON list or one per line', async () => {
    const ids = await peerIds(4)
    await writeFile(join(dir, 'testnet.json'), JSON.stringify({ nodes: ids.slice(0, 2).map((peerId, i) => ({ name: `node${i}`, peerId })) }))
    await writeFile(join(dir, 'list.txt'), `# a comment\n${ids[2]}\n\n`)
    assert.deepEqual(await readValidators([join(dir, 'testnet.json'), join(dir, 'list.txt'), ids[3]]), ids)
    assert.deepEqual(validatorsOfFile(JSON.stringify({ validators: ids }), 'g.json'), ids)
    assert.deepEqual(validatorsOfFile(JSON.stringify(ids), 'l.json'), ids)
    assert.deepEqual(await readValidators([`${ids[0]},${ids[1]}`]), ids.slice(0, 2))
  })

  it('refuses no validators, a validator twice, a bad peer id, an unreadable file', async () => {
    const [id] = await peerIds(1)
    await assert.rejects(readValidators([]), code('ERR_LAND_BAD_VALIDATORS'))
    await assert.rejects(readValidators([id, id]), code('ERR_LAND_BAD_VALIDATORS'))
    await assert.rejects(readValidators([join(dir, 'missing.json')]), code('ERR_LAND_BAD_VALIDATORS'))
    assert.throws(() => validatorsOfFile('["QmNotAnEd25519Key"]', 'x.json'), code('ERR_LAND_BAD_VALIDATORS'))
    assert.throws(() => validatorsOfFile('{"peers": []}', 'x.json'), code('ERR_LAND_BAD_VALIDATORS'))
  })

  it('names a land with two or more lower-case DNS labels, never local.land', () => {
    assert.equal(checkLandName('testnet.land'), 'testnet.land')
    assert.equal(checkLandName('a.b.c'), 'a.b.c')
    for (const bad of ['local.land', 'land', 'Testnet.land', 'a..b', '-a.b', 'a_b.land', '']) assert.throws(() => checkLandName(bad), code('ERR_LAND_BAD_NAME'), bad)
  })

  it('deploys the bootstrap packages under LAND/amigo/, importing each other inside the land, dependencies first', async () => {
    const validators = await peerIds(2)
    const g = await newGenesis({ land: 'testnet.land', validators, params: { blockMs: 20 }, timeMs: 1_700_000_000_000 })
    assert.equal(g.format, 'amigo/genesis/1')
    assert.deepEqual(g.validators, validators)
    assert.equal(g.timeMs, 1_700_000_000_000)
    assert.deepEqual(g.params, { ...DEFAULT_LAND_PARAMS, blockMs: 20 })
    const paths = g.packages.map(p => p.path)
    for (const name of ['avl', 'counter', 'comments', 'blog', 'ledger', 'token', 'gold', 'dex', 'names']) assert.ok(paths.includes(`testnet.land/amigo/${name}`), name)
    const at = (n: string): number => paths.indexOf(`testnet.land/amigo/${n}`)
    assert.ok(at('ledger') < at('token') && at('token') < at('dex') && at('gold') < at('dex') && at('avl') < at('blog') && at('comments') < at('blog'))
    const text = g.packages.flatMap(p => p.files.map(f => f.text)).join('\n')
    assert.ok(!text.includes('local.land/'), 'no import is left pointing at local.land')
    assert.ok(g.packages.every(p => p.files.every(f => !f.name.endsWith('_test.go'))))
    await assert.rejects(newGenesis({ land: 'x.land', validators, params: { blockMs: 0 } }), code('ERR_LAND_BAD_PARAMS'))
  })

  it('writes the file with amigo-node land new, and exits 2 on bad flags, 1 on bad validators', async () => {
    const ids = await peerIds(3)
    const out = join(dir, 'testnet.land.json')
    const write = process.stdout.write
    const errWrite = process.stderr.write
    let printed = ''
    process.stdout.write = ((s: string) => { printed += s; return true }) as typeof process.stdout.write
    process.stderr.write = ((s: string) => { printed += s; return true }) as typeof process.stderr.write
    let codes: number[]
    try {
      codes = [
        await main(['land', 'new', 'testnet.land', '--validators', ids[0], ids[1], ids[2], '--block-ms', '25', '--out', out]),
        await main(['land', 'new', 'testnet.land', '--block-ms', 'x', '--validators', ids[0]]),
        await main(['land', 'new', 'testnet.land']),
        await main(['land', 'new', 'testnet.land', '--validators', 'nope', '--out', join(dir, 'x.json')])
      ]
    } finally {
      process.stdout.write = write
      process.stderr.write = errWrite
    }
    assert.deepEqual(codes, [0, 2, 2, 1], printed)
    const g = JSON.parse(await readFile(out, 'utf8'))
    assert.deepEqual(g.validators, ids)
    assert.equal(g.params.blockMs, 25)
    assert.match(printed, /ERR_LAND_BAD_VALIDATORS/)
  })

  it('reads lands from the config file and --land, flags first', () => {
    assert.deepEqual(resolveConfig({}).config.lands, [])
    assert.deepEqual(resolveConfig({ file: { lands: ['testnet.land.json'] } }).config.lands, ['testnet.land.json'])
    assert.deepEqual(resolveConfig({ file: { lands: ['a.json'] }, flags: { lands: ['/x/b.json', '/x/c.json'] } }).config.lands, ['/x/b.json', '/x/c.json'])
    assert.throws(() => resolveConfig({ file: { lands: 'a.json' } }), ConfigError)
  })
})
