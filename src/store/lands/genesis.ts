/**
 * The genesis of a land (protocols/lands.md, "Genesis"): parsed from JSON with every rule checked,
 * encoded as canonical dag-cbor, and named by its CID, the land's identity.
 */
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { checkLand, checkService, publicKeyOfAddress } from '../calls/index.ts'
import { LandError } from './errors.ts'
import { cborCid, expectInt, expectList, expectMap, expectString } from './cbor.ts'
import type { Genesis, GenesisFile, LandParams } from './types.ts'

export const GENESIS_FORMAT = 'amigo/genesis/1'
export const MAX_VALIDATORS = 100
/** The package file name rule of protocols/packages.md. */
export const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.+-]*\.go$/
export const MAX_FILES = 256

/** Each param's allowed range. */
const PARAMS: Record<RequiredParam, [number, number]> = {
  blockMs: [1, 60_000],
  maxBlockTxs: [1, 100_000],
  maxBlockBytes: [1024, 3 * 1024 * 1024],
  maxTxGas: [1, Number.MAX_SAFE_INTEGER],
  viewTimeoutMs: [50, 600_000],
  maxClockSkewMs: [1, 3_600_000]
}
type RequiredParam = Exclude<keyof LandParams, OptionalParam>
type OptionalParam = 'maxTxWriteBytes' | 'maxStateBytes'
/**
 * Params a genesis may leave out (the VM's defaults apply, protocols/gas.md): a genesis written
 * before they existed keeps its bytes, and so its CID.
 */
const OPTIONAL_PARAMS: Record<OptionalParam, [number, number]> = {
  maxTxWriteBytes: [1024, 1024 * 1024 * 1024],
  maxStateBytes: [1024, Number.MAX_SAFE_INTEGER]
}

const BAD = 'ERR_LAND_BAD_GENESIS'

function rethrow<T> (f: () => T, what: string): T {
  try {
    return f()
  } catch (e) {
    throw new LandError(BAD, `${what}: ${(e as Error).message}`, { cause: e })
  }
}

/** Checks a list of `{name, text}` package files (shape and names; packages.md rules are the VM's). */
export function parseFiles (v: unknown, what: string, code: typeof BAD | 'ERR_LAND_TX_MALFORMED'): GenesisFile[] {
  const list = expectList(v, what, code, MAX_FILES)
  if (list.length === 0) throw new LandError(code, `${what} must have at least one file`)
  return list.map((f, i) => {
    const m = expectMap(f, ['name', 'text'], [], `${what}[${i}]`, code)
    const name = expectString(m.name, `${what}[${i}].name`, code)
    if (name.length > 255 || !FILE_NAME.test(name)) throw new LandError(code, `${what}[${i}].name ${JSON.stringify(name)} is not a Go file name`)
    return { name, text: expectString(m.text, `${what}[${i}].text`, code) }
  })
}

/** A genesis from its JSON text or parsed object; throws LandError ERR_LAND_BAD_GENESIS naming the field. */
export function parseGenesis (input: string | unknown): Genesis {
  let v = input
  if (typeof input === 'string') {
    try { v = JSON.parse(input) } catch (e) { throw new LandError(BAD, `the genesis is not JSON: ${(e as Error).message}`) }
  }
  const g = expectMap(v, ['format', 'land', 'validators', 'timeMs', 'params', 'packages'], [], 'the genesis', BAD)
  if (g.format !== GENESIS_FORMAT) throw new LandError(BAD, `format must be ${JSON.stringify(GENESIS_FORMAT)}`)
  const land = expectString(g.land, 'land', BAD)
  rethrow(() => { checkLand(land) }, 'land')
  if (land === 'local.land') throw new LandError(BAD, 'local.land is the node\'s own land, not a network land')
  const validators = expectList(g.validators, 'validators', BAD, MAX_VALIDATORS).map((a, i) => {
    const address = expectString(a, `validators[${i}]`, BAD)
    rethrow(() => publicKeyOfAddress(address), `validators[${i}]`)
    return address
  })
  if (validators.length === 0) throw new LandError(BAD, 'validators must name at least one validator')
  if (new Set(validators).size !== validators.length) throw new LandError(BAD, 'validators must be distinct')
  const timeMs = expectInt(g.timeMs, 'timeMs', BAD)
  const p = expectMap(g.params, Object.keys(PARAMS), Object.keys(OPTIONAL_PARAMS), 'params', BAD)
  const params = {} as LandParams
  for (const [k, [min, max]] of Object.entries(PARAMS)) params[k as RequiredParam] = expectInt(p[k], `params.${k}`, BAD, min, max)
  for (const [k, [min, max]] of Object.entries(OPTIONAL_PARAMS)) if (p[k] !== undefined) params[k as OptionalParam] = expectInt(p[k], `params.${k}`, BAD, min, max)
  const packages = expectList(g.packages, 'packages', BAD, 1000).map((pkg, i) => {
    const m = expectMap(pkg, ['path', 'files'], [], `packages[${i}]`, BAD)
    const path = expectString(m.path, `packages[${i}].path`, BAD)
    rethrow(() => { checkService(path, land) }, `packages[${i}].path`)
    return { path, files: parseFiles(m.files, `packages[${i}].files`, BAD) }
  })
  return { format: GENESIS_FORMAT, land, validators, timeMs, params, packages }
}

/** The canonical dag-cbor bytes of a genesis (checked first). */
export function encodeGenesis (genesis: Genesis): Uint8Array {
  return dagCbor.encode(parseGenesis(genesis))
}

/** The land identity: the CID of the genesis' canonical dag-cbor. */
export async function genesisCid (genesis: Genesis): Promise<CID> {
  return cborCid(encodeGenesis(genesis))
}
