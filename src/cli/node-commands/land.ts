/**
 * `amigo-node land new NAME --validators FILE|PEER_ID… [--block-ms N] [--out FILE]`: writes the
 * genesis file of a new network land (its validators, parameters and the bootstrap packages
 * under `NAME/amigo/…`). Nodes join it with `amigo-node start --land FILE`.
 */
import { writeFile } from 'node:fs/promises'
import { runCommand } from '../errors.ts'
import { parseFlags, UsageError } from '../flags.ts'
import { newGenesis, genesisJson, readValidators } from '../../node/land-genesis.ts'

const usage = `usage: amigo-node land new NAME --validators FILE|PEER_ID… [--block-ms N] [--view-timeout-ms N] [--out FILE]

Writes the genesis file of the network land NAME (e.g. testnet.land):
  --validators X    peer ids (12D3KooW…), or files naming them: a testnet.json, a genesis, a JSON
                    list or one peer id per line; repeatable, comma-separated, or several after the flag
  --block-ms N      how often the sequencer closes a block while calls wait (default 50)
  --view-timeout-ms N  how long validators wait for a final block before changing the sequencer (default 1000)
  --out FILE        where to write it (default NAME.json; - for stdout)
Nodes replicate the land with: amigo-node start --land FILE
`

function positiveInt (value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) throw new UsageError(`--${flag} takes a positive integer, not "${String(value)}"`)
  return Number(value)
}

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo-node land', usage, async () => {
    const args = parseFlags(argv, { validators: 'list', 'block-ms': 'string', 'view-timeout-ms': 'string', out: 'string', json: 'boolean', help: 'boolean', h: 'boolean' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    const [sub, name, ...more] = args.positional
    if (sub !== 'new') throw new UsageError(sub === undefined ? 'land takes a subcommand: new' : `unknown subcommand "${sub}"`)
    if (name === undefined) throw new UsageError('land new takes the land\'s NAME')
    const given = [...((args.flags.validators as string[] | undefined) ?? []), ...more]
    if (given.length === 0) throw new UsageError('land new needs --validators FILE|PEER_ID…')
    const validators = await readValidators(given)
    const blockMs = positiveInt(args.flags['block-ms'], 'block-ms')
    const viewTimeoutMs = positiveInt(args.flags['view-timeout-ms'], 'view-timeout-ms')
    const genesis = await newGenesis({
      land: name,
      validators,
      params: { ...(blockMs !== undefined ? { blockMs } : {}), ...(viewTimeoutMs !== undefined ? { viewTimeoutMs } : {}) }
    })
    const out = (args.flags.out as string | undefined) ?? `${genesis.land}.json`
    if (out === '-') {
      process.stdout.write(genesisJson(genesis))
      return 0
    }
    await writeFile(out, genesisJson(genesis))
    const summary = { file: out, land: genesis.land, validators: genesis.validators.length, packages: genesis.packages.map(p => p.path) }
    if (args.flags.json === true) process.stdout.write(JSON.stringify(summary) + '\n')
    else process.stdout.write(`wrote ${out}: land ${genesis.land}, ${genesis.validators.length} validator${genesis.validators.length === 1 ? '' : 's'}, ${genesis.packages.length} genesis packages\njoin it: amigo-node start --land ${out}\n`)
    return 0
  })
}
