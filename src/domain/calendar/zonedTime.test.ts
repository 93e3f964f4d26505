import { describe, expect, it } from 'vitest'

import { toZonedIso } from './zonedTime'

describe('toZonedIso', () => {
  it('writes winter and summer time of Prague and Warsaw with their offsets', () => {
    expect(toZonedIso('2025-03-04T08:00:00.000Z', 'Europe/Prague')).toBe('2025-03-04T09:00:00+01:00')
    expect(toZonedIso('2026-09-06T07:00:00.000Z', 'Europe/Warsaw')).toBe('2026-09-06T09:00:00+02:00')
  })
  it('writes UTC with a zero offset', () => {
    expect(toZonedIso('2025-01-01T00:00:00.000Z', 'UTC')).toBe('2025-01-01T00:00:00+00:00')
  })
})
