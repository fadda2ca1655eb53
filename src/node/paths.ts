/** Where things are: the package's own files and the layout of a node's repo directory. */
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** The package root (holds package.json and bootstrap/), from src/node or dist/node alike. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Files and folders inside a repo directory (default `~/.amigo`). */
export function repoPaths (repo: string): { root: string, config: string, identity: string, apiFile: string, stores: string } {
  return {
    root: repo,
    /** every setting, defaults written out */
    config: join(repo, 'config.json'),
    /** Ed25519 private key, libp2p protobuf, mode 0600 */
    identity: join(repo, 'identity.key'),
    /** the API URL of the node running on this repo (removed on stop) */
    apiFile: join(repo, 'api'),
    /** LevelDB blockstore and datastore live below this folder */
    stores: repo
  }
}
