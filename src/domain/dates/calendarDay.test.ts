import { describe, expect, it } from 'vitest'

import { calendarDay, storedDay } from './calendarDay'

describe('calendar days', () => {
  it('reads a stored day back as the same day', () => {
    expect(calendarDay(storedDay('2024-12-31'))).toBe('2024-12-31')
    expect(calendarDay(storedDay('2024-03-31'))).toBe('2024-03-31')
  })

  it('reads a date the admin picked at midnight in Prague as that day, not the previous one in UTC', () => {
    expect(calendarDay('2024-06-30T22:00:00.000Z')).toBe('2024-07-01')
    expect(calendarDay(null)).toBeNull()
  })
})
