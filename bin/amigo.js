#!/usr/bin/env node
// The `amigo` client: compiled from src/cli (npm run build, run by `npm ci` through "prepare").
// `npm run build` also bundles it (scripts/bundle.mjs), split at its lazy imports, so a command
// loads a few files instead of hundreds of modules; the bundle is used only when it is at least as
// new as the compiled modules.
import { statSync } from 'node:fs'

const mtime = (path) => { try { return statSync(new URL(path, import.meta.url)).mtimeMs } catch { return -1 } }
const bundled = mtime('../dist/bundle/amigo/amigo.mjs') >= mtime('../dist/cli/amigo.js') && mtime('../dist/cli/amigo.js') > 0
const { main } = bundled ? await import('../dist/bundle/amigo/amigo.mjs') : await import('../dist/cli/amigo.js')
process.exitCode = await main(process.argv.slice(2))
