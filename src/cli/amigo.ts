/**
 * `amigo`: the client command. Each subcommand lives in its own module under ./commands and is
 * loaded only when asked for, so `amigo run` never loads network code and starts fast.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['run', 'prog.go'])
 * ```
 */
export type Command = (argv: string[]) => Promise<number>

const commands: Record<string, () => Promise<{ command: Command }>> = {
  run: async () => await import('./commands/run.ts'),
  test: async () => await import('./commands/test.ts'),
  dag: async () => await import('./commands/dag.ts'),
  name: async () => await import('./commands/name.ts'),
  key: async () => await import('./commands/key.ts')
}

export const usage = `usage: amigo <command> [arguments]

commands:
  run [flags] FILE.go|DIR      run a Go program (like go run); flags: --gas N --max-memory BYTES
                               --max-depth N --gas-report --no-cache
  test [-run RE] [-v] DIR      run a package's tests (like go test)
  key new NAME | key list      Ed25519 keys that sign calls
  dag export CID | dag import FILE.car
  name publish NAME CID | name resolve KEY/NAME
`

export async function main (argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '-h' || name === '--help') {
    process.stdout.write(usage)
    return name === undefined ? 2 : 0
  }
  const load = commands[name]
  if (load === undefined) {
    process.stderr.write(`amigo: unknown command "${name}"\n${usage}`)
    return 2
  }
  const { command } = await load()
  return await command(rest)
}
