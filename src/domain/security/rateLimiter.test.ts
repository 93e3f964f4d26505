import { describe, expect, it } from 'vitest'

import { createMemoryRateLimiter } from './rateLimiter'

const rule = { limit: 3, windowMs: 60_000 }

describe('the in-memory rate limiter', () => {
  it('allows the limit within the window and refuses the next attempt with the time to wait', async () => {
    let now = 1_000_000
    const limiter = createMemoryRateLimiter({ now: () => now })
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await limiter.consume('203.0.113.7', rule)).toEqual({ allowed: true })
      now += 1_000
    }
    expect(await limiter.consume('203.0.113.7', rule)).toEqual({ allowed: false, retryAfterMs: 57_000 })
  })

  it('allows again once the oldest attempt leaves the window', async () => {
    let now = 0
    const limiter = createMemoryRateLimiter({ now: () => now })
    for (let attempt = 0; attempt < 3; attempt += 1) await limiter.consume('a', rule)
    now = 60_001
    expect(await limiter.consume('a', rule)).toEqual({ allowed: true })
  })

  it('counts keys separately', async () => {
    const limiter = createMemoryRateLimiter()
    for (let attempt = 0; attempt < 3; attempt += 1) await limiter.consume('a', rule)
    expect((await limiter.consume('a', rule)).allowed).toBe(false)
    expect((await limiter.consume('b', rule)).allowed).toBe(true)
  })

  it('forgets the least recently used key when it holds too many', async () => {
    const limiter = createMemoryRateLimiter({ maxKeys: 2 })
    for (let attempt = 0; attempt < 3; attempt += 1) await limiter.consume('first', rule)
    await limiter.consume('second', rule)
    await limiter.consume('third', rule)
    expect((await limiter.consume('first', rule)).allowed).toBe(true)
  })
})
