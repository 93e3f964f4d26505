import { describe, expect, it } from 'vitest'

import { clientAddress } from './clientAddress'

const headers = (entries: Record<string, string>) => new Headers(entries)

describe('the client address', () => {
  it('is the entry the nearest proxy appended, not what the client claimed', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.1, 198.51.100.4' }))).toBe('198.51.100.4')
  })

  it('falls back to X-Real-IP and is unknown without either', () => {
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.9' }))).toBe('198.51.100.9')
    expect(clientAddress(headers({}))).toBeUndefined()
    expect(clientAddress(undefined)).toBeUndefined()
  })
})
