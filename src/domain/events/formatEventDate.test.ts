import { describe, expect, it } from 'vitest'

import { formatDay, formatEventDate } from './formatEventDate'

describe('formatEventDate', () => {
  const pardubice = '2025-03-04T08:00:00.000Z' // 09:00 in Prague (CET)

  it('shows the local time of the venue, in the reader language', () => {
    expect(formatEventDate(pardubice, 'Europe/Prague', 'cs')).toBe('4. března 2025 v 09:00')
    expect(formatEventDate(pardubice, 'Europe/Prague', 'en')).toBe('4 March 2025 at 09:00')
    expect(formatEventDate(pardubice, 'Europe/Prague', 'pl')).toBe('4 marca 2025 09:00')
  })

  it('follows daylight saving time of the zone', () => {
    expect(formatEventDate('2026-09-06T07:00:00.000Z', 'Europe/Warsaw', 'en')).toBe('6 September 2026 at 09:00')
  })
})

describe('formatDay', () => {
  it('gives the calendar day in the zone even near midnight UTC', () => {
    expect(formatDay('2025-03-24T23:30:00.000Z', 'cs')).toBe('25. března 2025')
  })
})
