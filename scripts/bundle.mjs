/**
 * `node scripts/bundle.mjs` (the last step of `npm run build`): bundle the built `amigo-node` (dist/cli/amigo-node.js and
 * everything it imports) into one ES module, dist/bundle/amigo-node.mjs; and the `amigo` client into
 * dist/bundle/amigo/ (split at its lazy imports, so `amigo run` with a cached program loads the
 * dispatcher and the runtime chunk, never the compiler or the network code).
 *
 * Why: start-up is dominated by loading ~1,500 small ES modules (libp2p and its dependencies);
 * one file halves the time to the ready line on a busy machine (measured 1.0–1.5 s against
 * 2.1–3.1 s at a load average of 15 on 2 cores). The native LevelDB binding (classic-level) stays
 * outside and is loaded from node_modules. bin/amigo-node.js uses the bundle only when it is at
 * least as new as dist/cli/amigo-node.js, so a later `tsc` build is never shadowed by a stale bundle.
 */
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

const root = fileURLToPath(new URL('../', import.meta.url))

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['classic-level'],
  // CommonJS dependencies inside an ES module bundle need these
  banner: {
    js: [
      "import { createRequire as __amigoRequire } from 'node:module'",
      "import { fileURLToPath as __amigoPath } from 'node:url'",
      "import { dirname as __amigoDir } from 'node:path'",
      'const require = __amigoRequire(import.meta.url)',
      'const __filename = __amigoPath(import.meta.url)',
      'const __dirname = __amigoDir(__filename)'
    ].join('\n')
  },
  // less to parse at start-up; identifiers keep their names, so stack traces stay readable
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning'
}

await build({ ...common, entryPoints: [join(root, 'dist', 'cli', 'amigo-node.js')], outfile: join(root, 'dist', 'bundle', 'amigo-node.mjs') })
// chunks sit two levels below dist/, as the modules they come from do, so paths relative to
// import.meta.url (run's cache key reads dist/lang/…) resolve the same
await build({ ...common, entryPoints: { amigo: join(root, 'dist', 'cli', 'amigo.js') }, outdir: join(root, 'dist', 'bundle', 'amigo'), splitting: true, outExtension: { '.js': '.mjs' }, chunkNames: 'chunk-[hash]' })
process.stdout.write(`wrote ${join(root, 'dist', 'bundle', 'amigo-node.mjs')}\n`)
