/**
 * Logging. The CLI makes one pino logger (readable on a terminal through pino-pretty, one JSON
 * object per line otherwise). Library code never sees pino: it gets a libp2p `ComponentLogger`,
 * whose loggers print through @libp2p/logger when `DEBUG` enables their namespace
 * (`DEBUG=amigo:*`, `DEBUG=libp2p:*`), and otherwise feed the node's own components into pino.
 *
 * @example
 * ```ts
 * const log = createLogger({ level: 'info' })
 * const components = componentLogger(log)
 * components.forComponent('amigo:api')('listening on %s', url)
 * ```
 */
import { format } from 'node:util'
import { pino } from 'pino'
import type { Logger as Pino, DestinationStream } from 'pino'
import { logger as debugLogger } from '@libp2p/logger'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import type { LogLevel } from './config.ts'

export type { Pino }

export interface LoggerInit {
  level: LogLevel
  /** pretty (human) output; default: when stdout is a terminal */
  pretty?: boolean
  /** where lines go; default stdout */
  destination?: DestinationStream
}

/** The node's pino logger. Writes synchronously, so the "ready" line is out before anything else happens. */
export async function createLogger (init: LoggerInit): Promise<Pino> {
  const pretty = init.pretty ?? process.stdout.isTTY === true
  const options = { level: init.level, base: { pid: process.pid } }
  if (init.destination !== undefined) return pino(options, init.destination)
  if (pretty) {
    // loaded only for terminals: JSON output needs none of it
    const { default: pinoPretty } = await import('pino-pretty')
    return pino(options, pinoPretty({ sync: true, colorize: true, ignore: 'pid,hostname' }))
  }
  return pino(options, pino.destination({ fd: 1, sync: true }))
}

/**
 * A ComponentLogger for libp2p and the node's libraries. Every component logs through
 * @libp2p/logger's namespaces (`DEBUG=...`); in addition, the node's own components (`amigo:*`)
 * reach pino: plain messages at debug, errors at error level, traces at trace.
 */
export function componentLogger (log: Pino): ComponentLogger {
  return { forComponent: (name: string) => componentLog(log, name) }
}

function componentLog (log: Pino, name: string): Logger {
  const debug = debugLogger(name)
  const own = name.startsWith('amigo')
  const child = own ? log.child({ component: name }) : undefined
  const fn = ((formatter: unknown, ...args: unknown[]): void => {
    if (debug.enabled) debug(formatter, ...args)
    else if (child?.isLevelEnabled('debug') === true) child.debug(render(formatter, args))
  }) as Logger
  fn.error = (formatter: unknown, ...args: unknown[]): void => {
    if ((debug.error as unknown as { enabled: boolean }).enabled) debug.error(formatter, ...args)
    if (child !== undefined) child.error(render(formatter, args))
  }
  fn.trace = (formatter: unknown, ...args: unknown[]): void => {
    if ((debug.trace as unknown as { enabled: boolean }).enabled) debug.trace(formatter, ...args)
    else if (child?.isLevelEnabled('trace') === true) child.trace(render(formatter, args))
  }
  fn.enabled = debug.enabled || (child?.isLevelEnabled('debug') ?? false)
  fn.newScope = (scope: string) => componentLog(log, `${name}:${scope}`)
  return fn
}

/** printf-style formatting with libp2p's extra verbs (%p peer id, %c CID, %a multiaddr, %e error…). */
export function render (formatter: unknown, args: unknown[]): string {
  if (typeof formatter !== 'string') return format(formatter, ...args)
  let i = 0
  const text = formatter.replace(/%([a-zA-Z%])/g, (match, verb: string) => {
    if (verb === '%') return '%'
    if (i >= args.length) return match
    const v = args[i++]
    switch (verb) {
      case 'p': case 'c': case 'a': case 'k': case 's': case 'b': case 't': case 'm':
        return v instanceof Uint8Array ? Buffer.from(v).toString('hex') : String(v)
      case 'e':
        return v instanceof Error ? (v.stack ?? v.message) : String(v)
      case 'd': case 'i':
        return String(Number(v))
      default:
        return format('%o', v)
    }
  })
  return args.length > i ? format(text, ...args.slice(i)) : text
}
