// Test helper: the `amigo` CLI run from the sources (no build needed): `node --import tsx amigo-cli.ts ARGS…`.
import { main } from '../../src/cli/amigo.ts'

process.exitCode = await main(process.argv.slice(2))
