/**
 * Testnet checks: each runs against a ready testnet (after its land scenario) and reports
 * pass/fail with its latencies: names and content across nodes, and the land checks (./lands.ts).
 */
import type { Testnet } from '../launcher.ts'
import type { ScenarioResult } from '../scenario.ts'
import { LAND_CHECKS } from './lands.ts'
import type { LatencySummary } from '../stats.ts'
import { namesCheck } from './names.ts'
import { contentCheck } from './content.ts'

export interface CheckResult {
  name: string
  ok: boolean
  /** per-operation latency, when the check measures one */
  latency?: LatencySummary
  detail: string
  failures: string[]
}

export interface Check {
  name: string
  description: string
  run: (net: Testnet, scenario?: ScenarioResult) => Promise<CheckResult>
}

export const CHECKS: Check[] = [namesCheck, contentCheck, ...LAND_CHECKS]

export function selectChecks (names: string[] | undefined): Check[] {
  if (names === undefined || names.length === 0) return CHECKS
  return names.map(n => {
    const c = CHECKS.find(x => x.name === n)
    if (c === undefined) throw new Error(`unknown check "${n}" (known: ${CHECKS.map(x => x.name).join(', ')})`)
    return c
  })
}
