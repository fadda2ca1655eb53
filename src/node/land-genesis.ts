/**
 * Making a land's genesis (`amigo-node land new`): the land's name, its validators (peer ids, read
 * from keys given on the command line, a testnet.json, a list file or another genesis), the
 * default parameters, and the bootstrap packages, each `bootstrap/packages/NAME` deployed as
 * `<land>/amigo/NAME` with its imports of `local.land/amigo/…` pointing into the new land.
 *
 * @example
 * ```ts
 * const validators = await readValidators(['tn/testnet.json'])
 * const genesis = await newGenesis({ land: 'testnet.land', validators, blockMs: 50 })
 * await writeFile('testnet.land.json', genesisJson(genesis))
 * ```
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { publicKeyOfAddress } from '../store/calls/index.ts'
import { parseGenesis } from '../store/lands/index.ts'
import type { Genesis, GenesisFile, LandParams } from '../store/lands/index.ts'
import { PACKAGE_ROOT } from './paths.ts'
import { AmigoError } from '../store/errors/index.ts'
import { LOCAL_LAND } from './node.ts'

/** Why a genesis could not be made or read (a stable code for each kind of bad input). */
export class LandFileError extends AmigoError<'ERR_LAND_BAD_NAME' | 'ERR_LAND_BAD_VALIDATORS' | 'ERR_LAND_BAD_GENESIS' | 'ERR_LAND_BAD_PARAMS'> {
  constructor (message: string, code: LandFileError['code']) { super(code, message) }
}

/** The parameters of a new land unless flags say otherwise (protocols/lands.md explains each). */
export const DEFAULT_LAND_PARAMS: LandParams = {
  blockMs: 50,
  maxBlockTxs: 2000,
  maxBlockBytes: 1024 * 1024,
  maxTxGas: 20_000_000,
  viewTimeoutMs: 1000,
  maxClockSkewMs: 2000
}

/** The genesis packages shipped with the node. */
export const BOOTSTRAP_PACKAGES = join(PACKAGE_ROOT, 'bootstrap', 'packages')

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const LAND_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`)

/** A network land's name: two or more lower-case DNS labels, and never `local.land`. */
export function checkLandName (land: string): string {
  if (!LAND_NAME.test(land) || land.length > 253) throw new LandFileError(`"${land}" is not a land name: two or more lower-case DNS labels, e.g. testnet.land`, 'ERR_LAND_BAD_NAME')
  if (land === LOCAL_LAND) throw new LandFileError('local.land is the node itself: a network land needs another name', 'ERR_LAND_BAD_NAME')
  return land
}

/** A validator's address: an Ed25519 peer id (`12D3KooW…`). */
export function checkValidator (id: string, where: string): string {
  try {
    publicKeyOfAddress(id)
  } catch {
    throw new LandFileError(`${where}: "${id}" is not an Ed25519 peer id (12D3KooW…)`, 'ERR_LAND_BAD_VALIDATORS')
  }
  return id
}

function looksLikePeerId (text: string): boolean {
  return /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/.test(text)
}

/** The peer ids a validators file names: testnet.json (`nodes[].peerId`), a genesis (`validators`), a JSON list, or one id per line. */
export function validatorsOfFile (text: string, file: string): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: one peer id per line, `#` comments
    return text.split('\n').map(l => l.replace(/#.*/, '').trim()).filter(l => l !== '').map(id => checkValidator(id, file))
  }
  const list = Array.isArray(parsed)
    ? parsed
    : Array.isArray((parsed as { validators?: unknown })?.validators)
      ? (parsed as { validators: unknown[] }).validators
      : Array.isArray((parsed as { nodes?: unknown })?.nodes)
        ? (parsed as { nodes: Array<{ peerId?: unknown }> }).nodes.map(n => n?.peerId)
        : undefined
  if (list === undefined) throw new LandFileError(`${file}: expected a testnet.json ({"nodes": [{"peerId"}]}), a genesis ({"validators"}) or a JSON list of peer ids`, 'ERR_LAND_BAD_VALIDATORS')
  return list.map((id, i) => {
    if (typeof id !== 'string') throw new LandFileError(`${file}: entry ${i} has no peer id`, 'ERR_LAND_BAD_VALIDATORS')
    return checkValidator(id, file)
  })
}

/** Validators from `--validators` arguments: peer ids as they are, anything else read as a file. */
export async function readValidators (args: string[], read: (file: string) => Promise<string> = async f => await readFile(f, 'utf8')): Promise<string[]> {
  const out: string[] = []
  for (const arg of args.flatMap(a => a.split(',')).map(a => a.trim()).filter(a => a !== '')) {
    if (looksLikePeerId(arg)) { out.push(checkValidator(arg, '--validators')); continue }
    let text: string
    try {
      text = await read(arg)
    } catch (err) {
      throw new LandFileError(`--validators: "${arg}" is neither a peer id nor a readable file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'ERR_LAND_BAD_VALIDATORS')
    }
    out.push(...validatorsOfFile(text, arg))
  }
  if (out.length === 0) throw new LandFileError('a land needs at least one validator (--validators FILE|PEER_ID…)', 'ERR_LAND_BAD_VALIDATORS')
  const seen = new Set<string>()
  for (const id of out) {
    if (seen.has(id)) throw new LandFileError(`validator ${id} is named twice`, 'ERR_LAND_BAD_VALIDATORS')
    seen.add(id)
  }
  return out
}

/** The genesis packages a package's sources import (`"LAND/amigo/NAME"` in their import declarations). */
function amigoImports (files: GenesisFile[], land: string): string[] {
  const out = new Set<string>()
  const prefix = `${land}/amigo/`
  for (const f of files) {
    const decls = [...f.text.matchAll(/^import\s*\(([^)]*)\)/gm)].map(m => m[1])
    decls.push(...[...f.text.matchAll(/^import\s+(?:[\w.]+\s+)?("[^"]*")/gm)].map(m => m[1]))
    for (const decl of decls) {
      for (const m of decl.matchAll(/"([^"]+)"/g)) if (m[1].startsWith(prefix)) out.add(m[1].slice(prefix.length))
    }
  }
  return [...out]
}

/**
 * The bootstrap packages as genesis packages of `land`: sources with `local.land/amigo/` replaced
 * by `<land>/amigo/`, ordered so that every package comes after what it imports (then by name).
 */
export async function genesisPackages (land: string, dir = BOOTSTRAP_PACKAGES): Promise<Genesis['packages']> {
  const names = (await readdir(dir, { withFileTypes: true })).filter(d => d.isDirectory()).map(d => d.name).sort()
  const byName = new Map<string, GenesisFile[]>()
  for (const name of names) {
    const files: GenesisFile[] = []
    for (const file of (await readdir(join(dir, name))).sort()) {
      if (!file.endsWith('.go') || file.endsWith('_test.go') || file.startsWith('.') || file.startsWith('_')) continue
      const text = await readFile(join(dir, name, file), 'utf8')
      files.push({ name: file, text: text.replaceAll(`${LOCAL_LAND}/amigo/`, `${land}/amigo/`) })
    }
    if (files.length > 0) byName.set(name, files)
  }
  const ordered: Genesis['packages'] = []
  const placed = new Set<string>()
  const visiting = new Set<string>()
  const place = (name: string): void => {
    if (placed.has(name)) return
    if (visiting.has(name)) throw new LandFileError(`genesis packages import each other in a cycle through ${name}`, 'ERR_LAND_BAD_GENESIS')
    visiting.add(name)
    for (const dep of amigoImports(byName.get(name)!, land)) if (byName.has(dep)) place(dep)
    visiting.delete(name)
    placed.add(name)
    ordered.push({ path: `${land}/amigo/${name}`, files: byName.get(name)! })
  }
  for (const name of byName.keys()) place(name)
  return ordered
}

export interface NewGenesisInit {
  land: string
  validators: string[]
  /** overrides of the default parameters */
  params?: Partial<LandParams>
  /** genesis time (ms since the epoch; default now) */
  timeMs?: number
  /** where the genesis packages come from (default bootstrap/packages) */
  packagesDir?: string
}

export async function newGenesis (init: NewGenesisInit): Promise<Genesis> {
  const land = checkLandName(init.land)
  const params = { ...DEFAULT_LAND_PARAMS, ...init.params }
  for (const [key, value] of Object.entries(params)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new LandFileError(`land parameter ${key} must be a positive integer, not ${String(value)}`, 'ERR_LAND_BAD_PARAMS')
  }
  const genesis: Genesis = {
    format: 'amigo/genesis/1',
    land,
    validators: init.validators.map(v => checkValidator(v, 'validators')),
    timeMs: init.timeMs ?? Date.now(),
    params,
    packages: await genesisPackages(land, init.packagesDir)
  }
  // what every node will check when it starts: a genesis it refuses must not be written
  try {
    return parseGenesis(genesis)
  } catch (err) {
    throw new LandFileError((err as Error).message, 'ERR_LAND_BAD_GENESIS')
  }
}

/** A genesis file's text: JSON, two-space indented, ending with a newline. */
export function genesisJson (genesis: Genesis): string {
  return JSON.stringify(genesis, null, 2) + '\n'
}
