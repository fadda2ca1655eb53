import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as Digest from 'multiformats/hashes/digest'
import {
  encodePackage, decodePackage, PackageError, MAX_FILE_BYTES, MAX_FILES
} from '../../src/store/packages/index.ts'
import type { Package, EncodedPackage } from '../../src/store/packages/index.ts'
import type { PackageErrorCode } from '../../src/store/packages/index.ts'

const enc = new TextEncoder()
const dec = new TextDecoder()

async function dagCborCid (value: unknown): Promise<{ cid: CID, bytes: Uint8Array }> {
  const bytes = dagCbor.encode(value)
  return { cid: CID.createV1(dagCbor.code, Digest.create(sha256.code, await sha256.encode(bytes))), bytes }
}

function storeOf (encoded: EncodedPackage): Map<string, Uint8Array> {
  return new Map(encoded.blocks.map(b => [b.cid.toString(), b.bytes]))
}

function getter (blocks: Map<string, Uint8Array>): (cid: CID) => Promise<Uint8Array> {
  return async (cid) => {
    const b = blocks.get(cid.toString())
    if (b === undefined) throw new Error('not found')
    return b
  }
}

function rejectsWith (code: PackageErrorCode, pattern?: RegExp): (e: unknown) => boolean {
  return (e: unknown) => {
    assert.ok(e instanceof PackageError, `expected PackageError, got ${String(e)}`)
    assert.equal(e.code, code, e.message)
    assert.equal(e.name, 'PackageError')
    if (pattern !== undefined) assert.match(e.message, pattern)
    return true
  }
}

describe('store/packages', () => {
  let avl: CID

  before(async () => {
    avl = (await encodePackage({
      path: 'local.land/alice/avl',
      files: [{ name: 'avl.go', bytes: enc.encode('package avl\n') }],
      imports: {}
    })).root
  })

  function blog (): Package {
    return {
      path: 'local.land/alice/blog',
      files: [
        { name: 'render.go', bytes: enc.encode('package blog\n\nfunc Render(path string) string { return "# Blog" }\n') },
        { name: 'blog.go', bytes: enc.encode('package blog\n\nimport "local.land/alice/avl"\n\nvar posts avl.Tree\n') },
        { name: 'blog_test.go', bytes: enc.encode('package blog\n') }
      ],
      imports: { 'local.land/alice/avl': avl }
    }
  }

  it('round-trips: files sorted by name, bytes and imports intact', async () => {
    const encoded = await encodePackage(blog())
    assert.equal(encoded.root.code, dagCbor.code)
    assert.equal(encoded.blocks[0].cid.toString(), encoded.root.toString())
    assert.equal(encoded.blocks.length, 4)
    const pkg = await decodePackage(getter(storeOf(encoded)), encoded.root)
    assert.equal(pkg.path, 'local.land/alice/blog')
    assert.deepEqual(pkg.files.map(f => f.name), ['blog.go', 'blog_test.go', 'render.go'])
    assert.equal(dec.decode(pkg.files[2].bytes), 'package blog\n\nfunc Render(path string) string { return "# Blog" }\n')
    assert.deepEqual(Object.keys(pkg.imports), ['local.land/alice/avl'])
    assert.ok(pkg.imports['local.land/alice/avl'].equals(avl))
    // the manifest is readable dag-cbor with raw links to the files
    const manifest = dagCbor.decode(encoded.blocks[0].bytes) as { files: Array<{ name: string, cid: CID, size: number }> }
    assert.equal(manifest.files[0].cid.code, 0x55)
    assert.equal(manifest.files[0].size, blog().files[1].bytes.length)
  })

  it('is canonical: the same files give the same CID whatever their order; any change gives another', async () => {
    const a = await encodePackage(blog())
    const shuffled = blog()
    shuffled.files.reverse()
    const b = await encodePackage(shuffled)
    assert.equal(a.root.toString(), b.root.toString())
    const edited = blog()
    edited.files[0] = { name: 'render.go', bytes: enc.encode('package blog\n// changed\n') }
    assert.notEqual((await encodePackage(edited)).root.toString(), a.root.toString())
    const renamed = blog()
    renamed.files[0] = { name: 'render2.go', bytes: renamed.files[0].bytes }
    assert.notEqual((await encodePackage(renamed)).root.toString(), a.root.toString())
    const otherImport = blog()
    otherImport.imports = { 'local.land/alice/avl': (await dagCborCid('another avl')).cid }
    assert.notEqual((await encodePackage(otherImport)).root.toString(), a.root.toString())
  })

  it('stores identical file contents once', async () => {
    const same = enc.encode('package twin\n')
    const e = await encodePackage({ path: 'local.land/a/twin', files: [{ name: 'a.go', bytes: same }, { name: 'b.go', bytes: same }], imports: {} })
    assert.equal(e.blocks.length, 2)
    const pkg = await decodePackage(getter(storeOf(e)), e.root)
    assert.equal(pkg.files.length, 2)
  })

  it('rejects bad file names, paths and imports when encoding', async () => {
    const file = (name: string): Package => ({ path: 'local.land/a/p', files: [{ name, bytes: enc.encode('package p\n') }], imports: {} })
    for (const name of ['../evil.go', 'dir/a.go', 'a\\b.go', '.hidden.go', '_x.go', 'README.md', 'go.mod', 'a.go.txt', '', 'a .go']) {
      await assert.rejects(encodePackage(file(name)), rejectsWith('ERR_PACKAGE_BAD_FILE_NAME'), name)
    }
    for (const path of ['', '/abs/path', 'a//b', 'a/../b', 'a/./b', 'land/a/b@v1.2.0', 'with space/x', 'x'.repeat(300)]) {
      await assert.rejects(encodePackage({ ...file('a.go'), path }), rejectsWith('ERR_PACKAGE_BAD_PATH'), path)
    }
    await assert.rejects(encodePackage({ ...file('a.go'), imports: { '../x': avl } }), rejectsWith('ERR_PACKAGE_BAD_IMPORT'))
    await assert.rejects(encodePackage({ ...file('a.go'), imports: { 'local.land/a/b': 'bafy' as unknown as CID } }), rejectsWith('ERR_PACKAGE_BAD_CID'))
    const rawCid = CID.createV1(0x55, avl.multihash)
    await assert.rejects(encodePackage({ ...file('a.go'), imports: { 'local.land/a/b': rawCid } }), rejectsWith('ERR_PACKAGE_BAD_CID', /dag-cbor/))
    await assert.rejects(encodePackage({ path: 'local.land/a/p', files: [], imports: {} }), rejectsWith('ERR_PACKAGE_NO_FILES'))
    const dup = { path: 'local.land/a/p', files: [{ name: 'a.go', bytes: enc.encode('x') }, { name: 'a.go', bytes: enc.encode('y') }], imports: {} }
    await assert.rejects(encodePackage(dup), rejectsWith('ERR_PACKAGE_DUPLICATE_FILE'))
  })

  it('enforces size limits and UTF-8 with clear errors', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20)
    await assert.rejects(encodePackage({ path: 'local.land/a/p', files: [{ name: 'big.go', bytes: big }], imports: {} }),
      rejectsWith('ERR_PACKAGE_FILE_TOO_LARGE', /big\.go is 1048577 bytes/))
    const many = Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ name: `f${i}.go`, bytes: enc.encode('package p\n') }))
    await assert.rejects(encodePackage({ path: 'local.land/a/p', files: many, imports: {} }), rejectsWith('ERR_PACKAGE_TOO_MANY_FILES'))
    const total = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.go`, bytes: new Uint8Array(MAX_FILE_BYTES).fill(0x20) }))
    await assert.rejects(encodePackage({ path: 'local.land/a/p', files: total, imports: {} }), rejectsWith('ERR_PACKAGE_TOO_LARGE'))
    await assert.rejects(encodePackage({ path: 'local.land/a/p', files: [{ name: 'bin.go', bytes: new Uint8Array([0xff, 0xfe]) }], imports: {} }),
      rejectsWith('ERR_PACKAGE_NOT_UTF8'))
  })

  it('rejects a corrupt file block or manifest (hash mismatch)', async () => {
    const encoded = await encodePackage(blog())
    const blocks = storeOf(encoded)
    const fileCid = encoded.blocks[1].cid.toString()
    const evil = enc.encode('package blog\n\nfunc Render(path string) string { return "pwned" }\n')
    blocks.set(fileCid, evil)
    await assert.rejects(decodePackage(getter(blocks), encoded.root), rejectsWith('ERR_PACKAGE_HASH_MISMATCH'))
    // same length, one bit flipped
    const flipped = encoded.blocks[1].bytes.slice()
    flipped[0] ^= 1
    blocks.set(fileCid, flipped)
    await assert.rejects(decodePackage(getter(blocks), encoded.root), rejectsWith('ERR_PACKAGE_HASH_MISMATCH'))
    const badRoot = encoded.blocks[0].bytes.slice()
    badRoot[badRoot.length - 1] ^= 1
    const blocks2 = storeOf(encoded)
    blocks2.set(encoded.root.toString(), badRoot)
    await assert.rejects(decodePackage(getter(blocks2), encoded.root), rejectsWith('ERR_PACKAGE_HASH_MISMATCH'))
  })

  it('rejects missing blocks and manifests that break the layout', async () => {
    const encoded = await encodePackage(blog())
    const missing = storeOf(encoded)
    missing.delete(encoded.blocks[2].cid.toString())
    await assert.rejects(decodePackage(getter(missing), encoded.root), rejectsWith('ERR_PACKAGE_BLOCK_MISSING'))
    await assert.rejects(decodePackage(getter(storeOf(encoded)), encoded.blocks[1].cid), rejectsWith('ERR_PACKAGE_BAD_CID'))

    const good = dagCbor.decode(encoded.blocks[0].bytes) as Record<string, unknown>
    const tryManifest = async (manifest: unknown, code: PackageErrorCode, pattern?: RegExp): Promise<void> => {
      const { cid, bytes } = await dagCborCid(manifest)
      const blocks = storeOf(encoded)
      blocks.set(cid.toString(), bytes)
      await assert.rejects(decodePackage(getter(blocks), cid), rejectsWith(code, pattern))
    }
    const files = good.files as Array<Record<string, unknown>>
    await tryManifest({ ...good, format: 'other/1' }, 'ERR_PACKAGE_BAD_MANIFEST', /format/)
    await tryManifest({ ...good, extra: 1 }, 'ERR_PACKAGE_BAD_MANIFEST', /fields/)
    await tryManifest({ ...good, files: files.slice().reverse() }, 'ERR_PACKAGE_BAD_MANIFEST', /sorted/)
    await tryManifest({ ...good, files: [files[0], files[0]] }, 'ERR_PACKAGE_DUPLICATE_FILE')
    await tryManifest({ ...good, files: [{ ...files[0], name: '../../etc/passwd.go' }] }, 'ERR_PACKAGE_BAD_FILE_NAME')
    await tryManifest({ ...good, files: [{ ...files[0], size: 3 }] }, 'ERR_PACKAGE_BAD_MANIFEST', /has \d+ bytes, the manifest says 3/)
    await tryManifest({ ...good, files: [{ ...files[0], size: MAX_FILE_BYTES * 2 }] }, 'ERR_PACKAGE_FILE_TOO_LARGE')
    await tryManifest({ ...good, files: [] }, 'ERR_PACKAGE_NO_FILES')
    await tryManifest({ ...good, path: '../x' }, 'ERR_PACKAGE_BAD_PATH')
    await tryManifest({ ...good, imports: { 'local.land/x/y': 'not a cid' } }, 'ERR_PACKAGE_BAD_CID')
    await tryManifest([1, 2, 3], 'ERR_PACKAGE_BAD_MANIFEST', /not a map/)
    // bytes that are not dag-cbor at all
    const junk = enc.encode('not cbor at all \u00ff')
    const junkCid = CID.createV1(dagCbor.code, Digest.create(sha256.code, await sha256.encode(junk)))
    const blocks = storeOf(encoded)
    blocks.set(junkCid.toString(), junk)
    await assert.rejects(decodePackage(getter(blocks), junkCid), rejectsWith('ERR_PACKAGE_BAD_MANIFEST'))
  })

  it('gives the documented CIDs for the examples in protocols/packages.md', async () => {
    const avlPkg = await encodePackage({
      path: 'local.land/alice/avl',
      files: [{ name: 'avl.go', bytes: enc.encode('package avl\n\ntype Tree struct{ size int }\n\nfunc (t *Tree) Size() int { return t.size }\n') }],
      imports: {}
    })
    assert.equal(avlPkg.root.toString(), EXAMPLE_AVL)
    const counter = await encodePackage({
      path: 'local.land/alice/counter',
      files: [
        { name: 'counter.go', bytes: enc.encode('package counter\n\nimport "local.land/alice/avl"\n\nvar count int\nvar seen avl.Tree\n\nfunc Inc() int {\n\tcount++\n\treturn count\n}\n') },
        { name: 'render.go', bytes: enc.encode('package counter\n\nimport "strconv"\n\nfunc Render(path string) string { return "count: " + strconv.Itoa(count) }\n') }
      ],
      imports: { 'local.land/alice/avl': avlPkg.root }
    })
    assert.equal(counter.root.toString(), EXAMPLE_COUNTER)
    assert.equal(counter.blocks.length, 3)
  })
})

/** Must match the CIDs quoted in protocols/packages.md. */
const EXAMPLE_AVL = 'bafyreid4ik427t7hqeqw7dqnpekvqk2bwfgdwfe5u6hmyikgp5zqx5nlii'
const EXAMPLE_COUNTER = 'bafyreicrqkip3d4jxqb6zyud2vszah6hsp5pyfhjmdeqgxz5knz5t5ry44'
