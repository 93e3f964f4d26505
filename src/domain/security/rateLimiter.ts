/**
 * Counting attempts per key (a client address, an e-mail) in a sliding window. The interface is
 * what the auth hooks depend on; the in-memory implementation counts per server process, so
 * with several instances each allows the limit (a shared store, e.g. Redis, would implement the
 * same interface).
 */
export type RateLimitRule = { limit: number; windowMs: number }

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number }

export interface RateLimiter {
  /** Records an attempt under `key` and says whether it is within the rule. */
  consume(key: string, rule: RateLimitRule): Promise<RateLimitDecision>
}

type MemoryOptions = { now?: () => number; maxKeys?: number }

export function createMemoryRateLimiter({ now = Date.now, maxKeys = 100_000 }: MemoryOptions = {}): RateLimiter {
  const attempts = new Map<string, number[]>()

  return {
    async consume(key, { limit, windowMs }) {
      const at = now()
      const recent = (attempts.get(key) ?? []).filter((time) => time > at - windowMs)
      // Re-inserting keeps the Map in least-recently-used order for eviction.
      attempts.delete(key)
      if (recent.length >= limit) {
        attempts.set(key, recent)
        return { allowed: false, retryAfterMs: (recent[0] ?? at) + windowMs - at }
      }
      recent.push(at)
      attempts.set(key, recent)
      if (attempts.size > maxKeys) {
        const oldest = attempts.keys().next().value
        if (oldest !== undefined) attempts.delete(oldest)
      }
      return { allowed: true }
    },
  }
}
