/**
 * `amigo land resolve NAME [--json]`: any land by name, through the DHT, with the chain of
 * evidence (land record, signer, genesis, validators, latest head: protocols/heads.md);
 * `amigo land status [--land LAND] [--json]`: a network land as the node sees it (height, final
 * height, state root, view, sequencer, each validator's last final height);
 * `amigo land blocks [--from N] [--limit N] [--land LAND]`: its final blocks, with their
 * transactions, state roots and attestations.
 */
import { UsageError } from '../flags.ts'
import type { ParsedArgs } from '../flags.ts'
import type { ApiClient } from '../../api/client.ts'
import type { ResolvedLand } from '../../api/services.ts'
import type { LandStatus, LandBlockInfo } from '../../api/services.ts'
import { apiClient, parseServiceArgs, intFlag, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'
import { chosenLand } from '../land-client.ts'

const usage = `usage: amigo land status [--land LAND] [--json]
       amigo land blocks [--from N] [--limit N] [--land LAND] [--json]
       amigo land resolve NAME [--json]

status: the land, its height and final height, final state root, view, sequencer, and the
        validators with the last final height seen from each
blocks: the final blocks from height N (default the last ones): height, block CID, view, time,
        transactions, state root, attestations
resolve: any land by name (the node need not run it): the land record found in the DHT and
        its signer, the genesis CID, the validators and quorum, and the latest final head with
        the validators that certified it

${SERVICE_FLAGS_USAGE}  --land LAND       which land (default: the only one the node replicates)
`

/** the first differing entry of a divergence: `service PATH: ours HEAD, certified HEAD` */
function firstDiffText (d: NonNullable<NonNullable<LandStatus['divergence']>['first']>): string {
  const what = d.service !== undefined ? `service ${d.service}` : `record ${d.key}`
  return `${what}: ours ${d.ours ?? 'absent'}, certified ${d.theirs ?? 'absent'}`
}

export function statusText (s: LandStatus): string {
  const lines = [
    `land         ${s.land}`,
    `genesis      ${s.genesis}`,
    `height       ${s.height}`,
    `final height ${s.finalHeight}`,
    `state root   ${s.stateRoot === '' ? '(the genesis state, not computed yet)' : s.stateRoot}`,
    `view         ${s.view}`,
    `sequencer    ${s.sequencer}`,
    `this node    ${s.validator ? 'validator' : 'follower'}`,
    `mempool      ${s.mempool.txs} txs, ${s.mempool.bytes} bytes`,
    ...(s.syncedFrom !== undefined ? [`state sync   from height ${s.syncedFrom}`] : []),
    ...(s.divergence !== undefined ? [`DIVERGED     at height ${s.divergence.height}: ours ${s.divergence.ours}, certified ${s.divergence.theirs}`] : []),
    ...(s.divergence?.first !== undefined ? [`  first diff ${firstDiffText(s.divergence.first)}`] : []),
    'validators',
    ...s.validators.map(v => `  ${v.id}  ${v.id === s.sequencer ? 'sequencer ' : '          '}height ${v.height ?? '-'}  ${v.connected ? 'connected' : 'not connected'}`)
  ]
  return lines.join('\n') + '\n'
}

export function resolvedText (r: ResolvedLand): string {
  const lines = [
    `land         ${r.land}`,
    `genesis      ${r.genesis}`,
    r.record !== undefined
      ? `land record  signed by validator ${r.record.by} (${r.record.signer}), seq ${r.record.seq}, valid until ${new Date(r.record.validity).toISOString()}`
      : 'land record  none needed: this node runs the land',
    `validators   ${r.validators.length}, quorum ${r.quorum}`,
    ...r.validators.map(v => `  ${v}`),
    ...(r.head !== undefined
      ? [
          `final height ${r.head.height}`,
          `state root   ${r.head.stateRoot}`,
          `block        ${r.head.block} (view ${r.head.view})`,
          `certified by ${r.head.signers.length} of ${r.validators.length}`,
          ...r.head.signers.map(v => `  ${v}`)
        ]
      : ['final height unknown: no valid head record found in time'])
  ]
  return lines.join('\n') + '\n'
}

export function blockText (b: LandBlockInfo): string {
  return [
    `${b.height}\t${b.cid}\tview ${b.view}\t${new Date(b.timeMs).toISOString()}\t${b.txs.length} tx${b.txs.length === 1 ? '' : 's'}\tstate root ${b.stateRoot}\t${b.attestations.length} attestations`,
    ...b.txs.map(tx => `  tx ${tx}`)
  ].join('\n') + '\n'
}

const subcommands: Record<string, (api: ApiClient, land: string, args: ParsedArgs) => Promise<{ json: unknown, text: string }>> = {
  async status (api, land) {
    const s = await api.landStatus(land)
    return { json: s, text: statusText(s) }
  },
  async blocks (api, land, args) {
    const r = await api.landBlocks(land, { from: intFlag(args, 'from', 1), limit: intFlag(args, 'limit', 1) })
    return { json: r, text: r.blocks.map(blockText).join('') }
  }
}

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('land', usage, async () => {
    const args = parseServiceArgs(argv, { land: 'string', from: 'string', limit: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    const [sub, ...rest] = args.positional
    if (sub === 'resolve') {
      if (rest.length !== 1) throw new UsageError('land resolve takes one land name, e.g. testnet.land')
      const r = await (await apiClient(args)).landResolve(rest[0])
      if (args.flags.json === true) printJson(r)
      else process.stdout.write(resolvedText(r))
      return 0
    }
    const run = sub === undefined ? undefined : subcommands[sub]
    if (run === undefined) throw new UsageError(sub === undefined ? 'land takes status, blocks or resolve' : `unknown land subcommand "${sub}"`)
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`)
    const api = await apiClient(args)
    const { json, text } = await run(api, await chosenLand(api, args), args)
    if (args.flags.json === true) printJson(json)
    else process.stdout.write(text)
    return 0
  })
}
