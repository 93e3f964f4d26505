import { describe, expect, it } from 'vitest'

import { localToUtc } from './time'

describe('localToUtc', () => {
  it('reads Prague winter time as UTC+1 and summer time as UTC+2', () => {
    expect(localToUtc('2025-03-04', '09:00', 'Europe/Prague')).toBe('2025-03-04T08:00:00.000Z')
    expect(localToUtc('2025-04-01', '09:00', 'Europe/Prague')).toBe('2025-04-01T07:00:00.000Z')
  })

  it('handles the days around the change to summer time', () => {
    expect(localToUtc('2025-03-29', '15:00', 'Europe/Prague')).toBe('2025-03-29T14:00:00.000Z')
    expect(localToUtc('2025-03-30', '15:00', 'Europe/Prague')).toBe('2025-03-30T13:00:00.000Z')
  })

  it('uses the zone it is given', () => {
    expect(localToUtc('2026-09-06', '09:00', 'Europe/Warsaw')).toBe('2026-09-06T07:00:00.000Z')
    expect(localToUtc('2026-09-06', '09:00', 'UTC')).toBe('2026-09-06T09:00:00.000Z')
  })

  it('refuses what is not a date and a time', () => {
    expect(() => localToUtc('2025-3-4' as never, '9:00' as never, 'Europe/Prague')).toThrow(/Not a local date and time/)
  })
})
