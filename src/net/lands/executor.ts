/**
 * What the consensus needs of execution: the `LandExecutor` contract, implemented by src/vm's
 * `createLandExecutor` and wired by src/node. It is declared in src/store/lands/types.ts, below
 * both net and vm (which never import each other).
 */
export type { LandExecutor } from '../../store/lands/types.ts'
