/**
 * `node scripts/build-local-genesis.mjs` (a step of `npm run build`, after tsc): computes local.land's
 * genesis state with the compiled code (dist/node/local-genesis-snapshot.js) and writes it to
 * dist/local-genesis.cbor, which a fresh repo's first start imports instead of deploying the
 * bootstrap packages (src/node/local-genesis-snapshot.ts says when it may).
 */
import { writeFile } from 'node:fs/promises'
import { captureLocalGenesis, SNAPSHOT_FILE } from '../dist/node/local-genesis-snapshot.js'

const bytes = await captureLocalGenesis(BigInt(Date.now()) * 1_000_000n)
await writeFile(SNAPSHOT_FILE, bytes)
