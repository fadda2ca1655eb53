#!/usr/bin/env node
// The `amigo` client: compiled from src/cli (npm run build, run by `npm ci` through "prepare").
import { main } from '../dist/cli/amigo.js'
process.exitCode = await main(process.argv.slice(2))
