/**
 * The genesis packages of `local.land`: every package of bootstrap/packages that this repo's
 * local.land does not hold yet is deployed as `local.land/amigo/NAME`, what it imports first, by
 * the genesis deployer. A fresh repo gets them all on its first start, so that a user's package
 * that imports `local.land/amigo/avl` or `…/comments` (the README's blog) pushes at once; a repo
 * that already has them (or some of them, pushed by hand before) keeps what it has. Network lands
 * get the same packages through their genesis file (land-genesis.ts).
 */
import type { VM } from '../vm/types.ts'
import { GENESIS_DEPLOYER } from '../store/lands/index.ts'
import { genesisPackages } from './land-genesis.ts'
import { LOCAL_LAND } from './node.ts'

/** Deploys the missing genesis packages on local.land; returns the paths it deployed, in order. */
export async function deployLocalGenesis (vm: VM, packagesDir?: string): Promise<string[]> {
  const held = new Set(await vm.list())
  const deployed: string[] = []
  for (const p of await genesisPackages(LOCAL_LAND, packagesDir)) {
    if (held.has(p.path)) continue
    await vm.push({ path: p.path, files: p.files, deployer: GENESIS_DEPLOYER })
    deployed.push(p.path)
  }
  return deployed
}
