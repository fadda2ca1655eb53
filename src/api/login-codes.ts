/**
 * One-time login codes (protocols/http-api.md, "Sessions"): how the owner's browser gets the
 * same-origin session cookie without ever holding the token. `amigo open` asks for a code with
 * the token (`POST /api/v1/session/code`) and opens `/login?code=CODE`, which trades it for the
 * cookie. A code is random, works once, expires after {@link LOGIN_CODE_TTL_MS}, and lives only in
 * this process's memory (a restart forgets every code; a session cookie outlives it).
 *
 * @example
 * ```ts
 * const codes = createLoginCodes()
 * const { code } = codes.issue()
 * codes.redeem(code) // true, once
 * codes.redeem(code) // false
 * ```
 */
import { createHash, randomBytes } from 'node:crypto'

/** How long a code is good for: enough to open a browser, too short to be worth stealing. */
export const LOGIN_CODE_TTL_MS = 60_000

/** At most this many codes wait at once: the oldest is dropped for a new one (memory stays bounded). */
export const MAX_PENDING_LOGIN_CODES = 64

export interface LoginCodes {
  /** a new code and how long it is good for */
  issue: () => { code: string, expiresInMs: number }
  /** true once for a code issued here and not expired; the code is gone afterwards, used or not */
  redeem: (code: string) => boolean
}

/** `now` is the clock in milliseconds (tests move it); `ttlMs` how long a code lasts. */
export function createLoginCodes (options: { now?: () => number, ttlMs?: number } = {}): LoginCodes {
  const now = options.now ?? Date.now
  const ttlMs = options.ttlMs ?? LOGIN_CODE_TTL_MS
  // keyed by the code's digest: the lookup's timing tells nothing about the codes held
  const pending = new Map<string, number>()

  const forgetExpired = (t: number): void => {
    for (const [key, expiresAt] of pending) if (expiresAt <= t) pending.delete(key)
  }

  return {
    issue () {
      const t = now()
      forgetExpired(t)
      while (pending.size >= MAX_PENDING_LOGIN_CODES) pending.delete(pending.keys().next().value!)
      const code = randomBytes(24).toString('base64url')
      pending.set(digest(code), t + ttlMs)
      return { code, expiresInMs: ttlMs }
    },
    redeem (code) {
      if (!/^[A-Za-z0-9_-]{1,128}$/.test(code)) return false
      const key = digest(code)
      const expiresAt = pending.get(key)
      if (expiresAt === undefined) return false
      pending.delete(key)
      return now() < expiresAt
    }
  }
}

function digest (code: string): string {
  return createHash('sha256').update(code).digest('base64url')
}
