// Property and fuzz tests of what an outsider can hand the store (issue 12): dag-cbor blocks and
// CIDs, DAG walks over untrusted blocks, CAR files, signed calls.
import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import fc from 'fast-check'
import type { Blockstore } from 'interface-blockstore'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import {
  blockLinks, decodeBlock, encodeBlock, exportCar, importCar, parseCid, verifyBlock, walkDag, NotFoundError
} from '../../src/store/index.ts'
import { decodePackage, encodePackage } from '../../src/store/packages/index.ts'
import {
  addressOf, checkArgument, decodeSignedCall, encodeSignedCall, signCall, verifyCall, type SignedCall
} from '../../src/store/calls/index.ts'
import {
  anyBytes, bitFlips, plain, changeValue, cid, ipld, ipldData, landName, MemoryBlocks, mutants, mutantsOf, params, pathSegment, testTimeout,
  typedOrValue, typedOrValueSync, validCall, valueChange
} from './arbitraries.ts'

const STORE_CODES = ['ERR_BAD_CID', 'ERR_UNKNOWN_CODEC', 'ERR_BLOCK_TOO_LARGE', 'ERR_HASH_MISMATCH', 'ERR_NOT_FOUND', 'ERR_BAD_CAR']
const CALL_CODES = ['ERR_CALL_TOO_LARGE', 'ERR_CALL_MALFORMED', 'ERR_CALL_NOT_CANONICAL', 'ERR_CALL_BAD_ARGUMENT', 'ERR_CALL_WRONG_LAND', 'ERR_CALL_BAD_SIGNATURE', 'ERR_CALL_NONCE']

async function collect (it: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const p of it) parts.push(p)
  return Buffer.concat(parts)
}

describe('fuzz: blocks and CIDs', function () {
  this.timeout(testTimeout())

  it('encodeBlock then decodeBlock gives the value back, and the bytes hash to the CID', async () => {
    await fc.assert(fc.asyncProperty(ipld, async v => {
      const { cid, bytes } = await encodeBlock(v)
      assert.deepEqual(plain(decodeBlock(cid, bytes)), plain(v))
      await verifyBlock(cid, bytes)
      assert.ok(parseCid(cid.toString()).equals(cid))
      assert.ok(parseCid(cid.bytes).equals(cid))
    }), params())
  })

  it('random and mutated dag-cbor bytes decode or fail with ERR_UNKNOWN_CODEC, links too', async () => {
    const samples = await Promise.all([{ a: 1, b: [true, null] }, { link: (await encodeBlock('x')).cid, s: 'text', n: -5 }, [new Uint8Array(3), 1.5]].map(async v => (await encodeBlock(v)).bytes))
    const { cid: anyCid } = await encodeBlock(0)
    await fc.assert(fc.property(fc.oneof(anyBytes(), mutantsOf(samples)), bytes => {
      const r = typedOrValueSync(() => decodeBlock(anyCid, bytes), ['ERR_UNKNOWN_CODEC'])
      const links = typedOrValueSync(() => blockLinks(anyCid, bytes), ['ERR_UNKNOWN_CODEC'])
      assert.equal(r.ok, links.ok)
    }), params())
  })

  it('bytes under a CID they do not hash to are refused with ERR_HASH_MISMATCH', async () => {
    await fc.assert(fc.asyncProperty(ipld, async v => {
      const { cid, bytes } = await encodeBlock(v)
      const other = await typedOrValue(async () => { await verifyBlock(cid, Uint8Array.from([...bytes, 0])) }, STORE_CODES)
      assert.deepEqual(other, { ok: false, code: 'ERR_HASH_MISMATCH' })
    }), params(0.5))
  })

  it('any string or bytes given as a CID parse to a CIDv1 sha2-256 or fail with ERR_BAD_CID / ERR_UNKNOWN_CODEC', async () => {
    const good = (await encodeBlock({ x: 1 })).cid
    const texts = fc.oneof(fc.string({ maxLength: 80 }), mutants(new TextEncoder().encode(good.toString())).map(b => new TextDecoder().decode(b)))
    await fc.assert(fc.property(fc.oneof(texts, anyBytes(80), mutants(good.bytes)), input => {
      const r = typedOrValueSync(() => parseCid(input), ['ERR_BAD_CID', 'ERR_UNKNOWN_CODEC'])
      if (r.ok) {
        assert.equal(r.value.version, 1)
        assert.equal(r.value.multihash.size, 32)
      }
    }), params())
  })

  it('walking a DAG whose blocks come from a hostile source ends, with typed errors only', async () => {
    await fc.assert(fc.asyncProperty(cid, fc.array(fc.oneof(anyBytes(64), ipld.map(v => dagCbor.encode({ v, next: [] }))), { minLength: 1, maxLength: 8 }), async (root, answers) => {
      let asked = 0
      const getBlock = async (): Promise<Uint8Array> => answers[asked++ % answers.length]
      const seen: string[] = []
      await typedOrValue(async () => {
        for await (const b of walkDag(new MemoryBlocks() as unknown as Blockstore, root, { getBlock })) seen.push(b.cid.toString())
      }, STORE_CODES)
      assert.equal(new Set(seen).size, seen.length)
    }), params(0.5))
  })
})

describe('fuzz: CAR files', function () {
  this.timeout(testTimeout())

  /** A DAG of `values`: block i links some earlier blocks; the last block is the root. */
  async function dagOf (values: unknown[], picks: number[]): Promise<{ root: CID, blocks: MemoryBlocks }> {
    const blocks = new MemoryBlocks()
    const cids: CID[] = []
    for (let i = 0; i < values.length; i++) {
      const links = cids.filter((_, j) => ((picks[i % picks.length] ?? 0) >> (j % 16)) % 2 === 1)
      const { cid, bytes } = i % 3 === 2 ? await encodeBlock(dagCbor.encode(values[i]), 'raw') : await encodeBlock({ v: values[i], links })
      cids.push(cid)
      await blocks.put(cid, bytes)
    }
    const root = await encodeBlock({ all: cids })
    await blocks.put(root.cid, root.bytes)
    return { root: root.cid, blocks }
  }

  it('export then import gives the same blocks and the root', async () => {
    await fc.assert(fc.asyncProperty(fc.array(ipldData, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), async (values, picks) => {
      const { root, blocks } = await dagOf(values, picks)
      const car = await collect(exportCar(blocks as unknown as Blockstore, root))
      const into = new MemoryBlocks()
      const r = await importCar(into as unknown as Blockstore, car)
      assert.deepEqual(r.roots.map(String), [root.toString()])
      assert.deepEqual([...into.blocks.keys()].sort(), [...blocks.blocks.keys()].sort())
      for (const [k, b] of blocks.blocks) assert.deepEqual(plain(into.blocks.get(k)), plain(b))
    }), params(0.5))
  })

  it('random and corrupted CAR files are refused with a store code and store nothing', async () => {
    const samples: Uint8Array[] = []
    for (const values of [[1, 'two'], [{ a: new Uint8Array(40) }, null, [3]]]) {
      const { root, blocks } = await dagOf(values, [3])
      samples.push(await collect(exportCar(blocks as unknown as Blockstore, root)))
    }
    await fc.assert(fc.asyncProperty(fc.oneof(anyBytes(), mutantsOf(samples), mutantsOf(samples)), async car => {
      const into = new MemoryBlocks()
      const r = await typedOrValue(async () => importCar(into as unknown as Blockstore, car), STORE_CODES)
      if (!r.ok) assert.equal(into.puts, 0, 'a refused CAR stored blocks')
      else for (const [k, b] of into.blocks) await verifyBlock(parseCid(k), b)
    }), params())
  })
})

describe('fuzz: signed calls', function () {
  this.timeout(testTimeout())
  let keys: PrivateKey[]
  let samples: Uint8Array[]
  const signedCalls = (land?: string): fc.Arbitrary<Promise<{ signed: SignedCall, bytes: Uint8Array, key: PrivateKey }>> =>
    fc.tuple(validCall(land), fc.nat({ max: 2 })).map(async ([c, k]) => {
      const signed = await signCall(c, keys[k])
      return { signed, bytes: encodeSignedCall(signed), key: keys[k] }
    })

  before(async () => {
    keys = await Promise.all([1, 2, 3].map(async i => generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(i))))
    samples = []
    for (const args of [[], ['5', '"x"'], ['[]int{1, 2}']]) {
      samples.push(encodeSignedCall(await signCall({ land: 'local.land', nonce: 7, service: 'local.land/alice/counter', func: 'Add', args, gas: 100_000 }, keys[0])))
    }
  })

  it('sign, encode, decode and verify give the call back, with the signer\'s address', async () => {
    await fc.assert(fc.asyncProperty(signedCalls(), async made => {
      const { signed, bytes, key } = await made
      const back = decodeSignedCall(bytes)
      assert.deepEqual(plain(back), plain(signed))
      const ok = await verifyCall(bytes, { land: signed.call.land, lastNonce: signed.call.nonce - 1 })
      assert.equal(ok.address, addressOf(key.publicKey.raw))
    }), params(0.5))
  })

  it('random and mutated bytes are refused with a call code (ERR_CALL_*)', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(anyBytes(), mutantsOf(samples), mutantsOf(samples)), async bytes => {
      await typedOrValue(() => decodeSignedCall(bytes), CALL_CODES)
      await typedOrValue(async () => verifyCall(bytes, { land: 'local.land', lastNonce: undefined }), CALL_CODES)
    }), params())
  })

  it('a signed call with any field changed, removed or added is refused with a call code', async () => {
    const decoded = samples.map(b => dagCbor.decode(b))
    await fc.assert(fc.asyncProperty(fc.nat({ max: decoded.length - 1 }), valueChange, async (i, ch) => {
      let bytes: Uint8Array
      try { bytes = dagCbor.encode(changeValue(decoded[i], ch.path, ch.by, ch.extra)) } catch { return }
      const r = await typedOrValue(async () => verifyCall(bytes, { land: 'local.land', lastNonce: undefined }), CALL_CODES)
      if (r.ok) assert.deepEqual(plain(bytes), plain(samples[i]), 'only the untouched call verifies')
    }), params())
  })

  it('a valid signed call with any single bit flipped is refused', async () => {
    const signed = await (fc.sample(signedCalls('local.land'), { seed: 1, numRuns: 1 })[0])
    await fc.assert(fc.asyncProperty(fc.oneof(bitFlips(signed.bytes), bitFlips(samples[1])), async ({ bytes }) => {
      const r = await typedOrValue(async () => verifyCall(bytes, { land: 'local.land', lastNonce: undefined }), CALL_CODES)
      assert.equal(r.ok, false)
    }), params())
  })

  it('any text as a call argument is a Go literal or refused with ERR_CALL_BAD_ARGUMENT / ERR_CALL_MALFORMED', () => {
    const nested = fc.tuple(fc.constantFrom('[', '(', '{', '*', '-', '[]int{', 'map[', 'func(', '!'), fc.integer({ min: 1, max: 20_000 }))
      .map(([open, n]) => open.repeat(n))
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), nested), text => {
      typedOrValueSync(() => { checkArgument(text, 0) }, CALL_CODES)
    }), params())
  })
})

describe('fuzz: packages pulled from peers', function () {
  this.timeout(testTimeout())
  const PACKAGE_CODES = ['ERR_PACKAGE_BAD_PATH', 'ERR_PACKAGE_BAD_FILE_NAME', 'ERR_PACKAGE_DUPLICATE_FILE', 'ERR_PACKAGE_NO_FILES', 'ERR_PACKAGE_TOO_MANY_FILES',
    'ERR_PACKAGE_FILE_TOO_LARGE', 'ERR_PACKAGE_TOO_LARGE', 'ERR_PACKAGE_NOT_UTF8', 'ERR_PACKAGE_BAD_IMPORT', 'ERR_PACKAGE_BAD_CID', 'ERR_PACKAGE_HASH_MISMATCH',
    'ERR_PACKAGE_BAD_MANIFEST', 'ERR_PACKAGE_BLOCK_MISSING', ...STORE_CODES]
  const packages = fc.record({
    path: fc.tuple(landName, pathSegment, pathSegment).map(s => s.join('/')),
    files: fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}\.go$/), text: fc.string({ unit: 'grapheme', maxLength: 100 }) }), { minLength: 1, maxLength: 3, selector: f => f.name }),
    imports: fc.dictionary(fc.tuple(landName, pathSegment, pathSegment).map(s => s.join('/')), cid.filter(c => c.code === 0x71), { maxKeys: 2, noNullPrototype: true })
  }).map(p => ({ path: p.path, files: p.files.map(f => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })), imports: p.imports }))

  const source = (blocks: Map<string, Uint8Array>) => async (c: CID): Promise<Uint8Array> => {
    const b = blocks.get(c.toString())
    if (b === undefined) throw new NotFoundError(`no block ${c.toString()}`)
    return b
  }

  it('encodePackage then decodePackage gives the package back', async () => {
    await fc.assert(fc.asyncProperty(packages, async pkg => {
      const { root, blocks } = await encodePackage(pkg)
      const back = await decodePackage(source(new Map(blocks.map(b => [b.cid.toString(), b.bytes]))), root)
      const sorted = { ...pkg, files: pkg.files.slice().sort((a, b) => a.name < b.name ? -1 : 1) }
      assert.deepEqual(plain(back), plain(sorted))
    }), params(0.5))
  })

  it('a package whose blocks a peer mutated, reshaped or left out is refused with a package code', async () => {
    const pkg = fc.sample(packages, { seed: 9, numRuns: 1 })[0]
    const { root, blocks } = await encodePackage(pkg)
    const manifest = dagCbor.decode(blocks[0].bytes)
    const reshaped = valueChange.map(ch => { try { return dagCbor.encode(changeValue(manifest, ch.path, ch.by, ch.extra)) } catch { return new Uint8Array(0) } })
    await fc.assert(fc.asyncProperty(fc.nat(blocks.length - 1), fc.oneof(mutantsOf([blocks[0].bytes]), mutants(blocks[blocks.length - 1].bytes), reshaped, anyBytes()), fc.boolean(), async (i, bytes, rehash) => {
      const map = new Map(blocks.map(b => [b.cid.toString(), b.bytes]))
      // a peer may also serve a manifest that hashes to the root it names (a different root)
      let at = root
      if (rehash && i === 0) {
        at = CID.createV1(dagCbor.code, await sha256.digest(bytes))
        map.set(at.toString(), bytes)
      } else map.set(blocks[i].cid.toString(), bytes)
      const r = await typedOrValue(async () => decodePackage(source(map), at), PACKAGE_CODES)
      if (r.ok && at.equals(root)) assert.deepEqual(plain(bytes), plain(blocks[i].bytes))
    }), params())
  })
})
