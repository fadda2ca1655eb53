/**
 * The composition root of a node: its settings (flags > environment > config file > defaults),
 * its repo directory, its identity, its logging, and its lifecycle (stores → network → VM → API);
 * the services of `local.land`: the VM on the repo's LevelDB stores, signed calls admitted with
 * persistent nonces, signed pushes.
 *
 * This entry is light on purpose: the network code is loaded by `startNode` only.
 *
 * @example
 * ```ts
 * import { resolveConfig, resolveRepoPath, readConfigFile, createLogger, startNode } from './node/index.ts'
 * const repo = resolveRepoPath({}, process.env)
 * const { config } = resolveConfig({ env: process.env, file: await readConfigFile(repo) })
 * const node = await startNode({ repo, config, log: await createLogger({ level: config.logLevel }) })
 * await node.stop()
 * ```
 */
export { DEFAULT_CONFIG, LOG_LEVELS, ConfigError, resolveConfig, resolveRepoPath, parseApiAddress, apiUrl } from './config.ts'
export type { NodeConfig, ConfigFlags, ConfigEnv, ConfigSource, ResolvedConfig, LogLevel } from './config.ts'
export { initRepo, readConfigFile, readApiFile, readApiToken, initialConfig } from './repo.ts'
export type { InitResult } from './repo.ts'
export { createIdentity, loadIdentity, IdentityError } from './identity.ts'
export type { Identity } from './identity.ts'
export { createLogger, componentLogger } from './logger.ts'
export { readBootstrapList, expandBootstrap, PUBLIC_BOOTSTRAP_FILE } from './bootstrap.ts'
export type { BootstrapList } from './bootstrap.ts'
export { repoPaths, PACKAGE_ROOT } from './paths.ts'
export { VERSION } from './version.ts'
export { startNode, NodeStartError } from './node.ts'
export type { RunningNode, StartNodeInit } from './node.ts'
export { LOCAL_LAND, VM_RECORDS_PREFIX } from './node.ts'
export { levelVMStorage, recordStorage, blockStorage } from './vm-storage.ts'
export type { RecordStorage, RawRecordOp } from './vm-storage.ts'
export { createServices, NONCE_PREFIX } from './services.ts'
export type { ServicesInit } from './services.ts'
export { signPush, verifyPush, pushSigningBytes, canonicalFilesJson, PushSignatureError, PUSH_SIGNING_DOMAIN } from './push-signature.ts'
