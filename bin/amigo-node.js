#!/usr/bin/env -S node --max-semi-space-size=2
// --max-semi-space-size=2: V8 grows the young generation to 2 × 16 MB under load and never gives it
// back; a daemon that idles most of the time keeps ~30 MB less resident with 2 MB semi-spaces
// (measured with scripts/bench-net.ts). testnet/launcher.ts starts nodes with the same flags.
// The `amigo-node` daemon command: compiled from src/cli (npm run build, run by `npm ci` through "prepare").
// `npm run build` also bundles it into one file (scripts/bundle.mjs), which starts about twice as
// fast; the bundle is used only when it is at least as new as the compiled modules.
import { statSync } from 'node:fs'

const mtime = (path) => { try { return statSync(new URL(path, import.meta.url)).mtimeMs } catch { return -1 } }
const bundled = mtime('../dist/bundle/amigo-node.mjs') >= mtime('../dist/cli/amigo-node.js') && mtime('../dist/cli/amigo-node.js') > 0
const { main } = bundled ? await import('../dist/bundle/amigo-node.mjs') : await import('../dist/cli/amigo-node.js')
process.exitCode = await main(process.argv.slice(2))
