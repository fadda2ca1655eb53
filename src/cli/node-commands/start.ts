/**
 * `amigo-node start`: initialise the repo on first use, run the node, and print once ready its
 * peer id, listen addresses and API URL (also as one JSON log line with msg "ready"). The first
 * SIGINT/SIGTERM stops everything in reverse order and exits 0; a second one forces exit.
 */
import { runCommand } from '../errors.ts'
import { nodeOptions, NODE_FLAGS_USAGE } from '../node-options.ts'
import { createLogger } from '../../node/logger.ts'
import { startNode } from '../../node/node.ts'

const usage = `usage: amigo-node start [flags]\n\n${NODE_FLAGS_USAGE}`

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo-node start', usage, async () => {
    const { args, repo, config } = await nodeOptions(argv)
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    const log = await createLogger({ level: config.logLevel })

    // signals are handled from the start: a Ctrl-C during start-up still stops cleanly
    let signals = 0
    let stopRequested: (() => void) | undefined
    const stopSignal = new Promise<string>(resolve => { stopRequested = () => resolve('signal') })
    const onSignal = (signal: NodeJS.Signals): void => {
      signals++
      if (signals === 1) {
        log.info({ signal }, 'stopping')
        stopRequested?.()
      } else {
        log.warn({ signal }, 'second signal: exiting now')
        process.exit(1)
      }
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)

    const starting = startNode({ repo, config, log })
    const first = await Promise.race([starting, stopSignal])
    if (first === 'signal') {
      // stopped during start-up: let start finish (or fail), then stop what it started
      const node = await starting.catch(() => undefined)
      await node?.stop()
      log.info('stopped')
      return 0
    }
    const node = first as Exclude<typeof first, string>
    log.info({ peerId: node.peerId.toString(), multiaddrs: node.multiaddrs, api: node.apiUrl, version: node.version, repo, startupMs: node.timings }, 'ready')
    await stopSignal
    await node.stop()
    log.info('stopped')
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    // everything is stopped and the stores are closed; a library timer left behind must not keep
    // the process alive, so leave once the log is out
    setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref()
    return 0
  })
}
