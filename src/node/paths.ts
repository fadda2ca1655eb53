/** Where things are: the package's own files and the layout of a node's repo directory. */
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { readFileSync } from 'node:fs'

/**
 * The package root (holds package.json and bootstrap/): the nearest folder above this module
 * whose package.json is amigo-node's, so it is found from src/node, dist/node or a bundle alike.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)))

function findPackageRoot (start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'amigo-node') return dir
    } catch {}
    if (dirname(dir) === dir) return fileURLToPath(new URL('../../', import.meta.url))
  }
}

/** Files and folders inside a repo directory (default `~/.amigo`). */
export function repoPaths (repo: string): { root: string, config: string, identity: string, apiFile: string, apiToken: string, stores: string } {
  return {
    root: repo,
    /** every setting, defaults written out */
    config: join(repo, 'config.json'),
    /** Ed25519 private key, libp2p protobuf, mode 0600 */
    identity: join(repo, 'identity.key'),
    /** the API URL of the node running on this repo (removed on stop) */
    apiFile: join(repo, 'api'),
    /** the owner's API token (random, base64url), mode 0600: requests that change anything need it */
    apiToken: join(repo, 'api.token'),
    /** LevelDB blockstore and datastore live below this folder */
    stores: repo
  }
}
