import { describe, expect, it } from 'vitest'

import { hashToken, isWellFormedToken, newTokenSalt, registrationToken } from './token'

describe('registration link tokens', () => {
  it('derives the same well-formed token from the same salt and secret only', () => {
    const salt = newTokenSalt()
    const token = registrationToken('secret', salt)
    expect(isWellFormedToken(token)).toBe(true)
    expect(registrationToken('secret', salt)).toBe(token)
    expect(registrationToken('other secret', salt)).not.toBe(token)
    expect(registrationToken('secret', newTokenSalt())).not.toBe(token)
  })
  it('stores a hash that does not reveal the token', () => {
    const token = registrationToken('secret', newTokenSalt())
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(token)).not.toContain(token)
    expect(isWellFormedToken(`${token.slice(0, 42)}.`)).toBe(false)
  })
})
