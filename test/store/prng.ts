/** A small fixed-seed PRNG (mulberry32) so randomized tests are reproducible. */
export function prng (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [0, n). */
export function randInt (rand: () => number, n: number): number {
  return Math.floor(rand() * n)
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T> (rand: () => number, xs: readonly T[]): T[] {
  const out = xs.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = randInt(rand, i + 1)
    const t = out[i]; out[i] = out[j]; out[j] = t
  }
  return out
}
