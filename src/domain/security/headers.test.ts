import { describe, expect, it } from 'vitest'

import { securityHeaders } from './headers.mjs'

const policy = (production: boolean) =>
  securityHeaders({ production }).find((header) => header.key === 'Content-Security-Policy')?.value ?? ''

describe('securityHeaders', () => {
  it('forbids framing by other sites, plugins and foreign form targets', () => {
    expect(policy(true)).toContain("frame-ancestors 'self'")
    expect(policy(true)).toContain("object-src 'none'")
    expect(policy(true)).toContain("form-action 'self'")
  })

  it('allows eval only in development, where React refresh needs it', () => {
    expect(policy(true)).not.toContain('unsafe-eval')
    expect(policy(false)).toContain('unsafe-eval')
  })

  it('sends HSTS, nosniff and a strict referrer policy', () => {
    const keys = Object.fromEntries(securityHeaders({ production: true }).map(({ key, value }) => [key, value]))
    expect(keys['Strict-Transport-Security']).toMatch(/max-age=\d{8,}/)
    expect(keys['X-Content-Type-Options']).toBe('nosniff')
    expect(keys['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })
})
