// Latency summaries: p50, p99, max (nearest-rank percentiles) of a list of milliseconds.

export interface LatencySummary {
  count: number
  p50: number
  p99: number
  max: number
}

export function percentile (sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

export function summarize (values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b)
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN }
}

export function formatSummary (s: LatencySummary, unit = 'ms'): string {
  const f = (n: number): string => Number.isNaN(n) ? '-' : n < 10 ? n.toFixed(1) : n.toFixed(0)
  return `p50 ${f(s.p50)} ${unit}  p99 ${f(s.p99)} ${unit}  max ${f(s.max)} ${unit}  (n=${s.count})`
}
