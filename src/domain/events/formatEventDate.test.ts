import { describe, expect, it } from 'vitest'

import { formatDay, formatEventDate, formatEventRange, formatShortDay } from './formatEventDate'

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

describe('formatEventRange', () => {
  it('writes a one-day event with its start and end time', () => {
    expect(formatEventRange('2025-03-04T08:00:00.000Z', '2025-03-04T14:00:00.000Z', 'Europe/Prague', 'en')).toBe(
      '4 March 2025, 09:00–15:00',
    )
  })
  it('writes a two-day event in the venue zone', () => {
    const text = formatEventRange('2025-05-29T07:00:00.000Z', '2025-05-30T11:00:00.000Z', 'Europe/Prague', 'cs')
    expect(text).toMatch(/^29\. května 2025 v 9:00\s–\s30\. května 2025 v 13:00$/)
  })
  it('writes only the start when the end is unknown', () => {
    expect(formatEventRange('2026-09-06T07:00:00.000Z', null, 'Europe/Warsaw', 'pl')).toBe('6 września 2026 09:00')
  })
})

describe('formatShortDay', () => {
  it('writes the numeric date of the locale', () => {
    expect(formatShortDay('2025-03-04T08:00:00.000Z', 'cs')).toBe('4. 3. 2025')
    expect(formatShortDay('2025-03-04T08:00:00.000Z', 'en')).toBe('04/03/2025')
  })
})
