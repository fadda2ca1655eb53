// Placeholder: replaced by the helper that owns this command.
export async function command (_argv: string[]): Promise<number> {
  process.stderr.write('init: not built yet\n')
  return 1
}
