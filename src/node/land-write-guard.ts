// The disk guard of a network land's executor (./disk-guard.ts, config limits.minFreeBytes).
import type { LandExecutor } from '../net/index.ts'

/**
 * The executor as the consensus sees it, refusing to execute, commit or adopt while the disk is
 * nearly full: the check runs before anything is written (a commit is one batch), so a validator
 * short of disk neither attests nor commits. It stops taking part, its store as it was, and goes
 * on (by catching up) once space is freed.
 */
export function guardLandWrites (vm: LandExecutor, disk: () => Promise<void>): LandExecutor {
  return {
    head: () => vm.head(),
    lastNonce: async address => await vm.lastNonce(address),
    execute: async block => { await disk(); return await vm.execute(block) },
    commit: async (height, extra) => { await disk(); await vm.commit(height, extra) },
    abort: () => { vm.abort() },
    adopt: async (height, stateRoot) => { await disk(); await vm.adopt(height, stateRoot) },
    // the genesis state is built on first need and written then: the same check first
    ...(vm.genesisRoot !== undefined ? { genesisRoot: async () => { await disk(); return await vm.genesisRoot!() } } : {}),
    ...(vm.diffState !== undefined ? { diffState: vm.diffState.bind(vm) } : {})
  }
}
