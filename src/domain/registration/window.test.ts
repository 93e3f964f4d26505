import { describe, expect, it } from 'vitest'

import { registrationState } from './window'

const window = { enabled: true, opensAt: '2025-02-01T08:00:00Z', closesAt: '2025-03-03T12:00:00Z', startsAt: '2025-03-04T08:00:00Z' }
const policy = { capacity: 300, waitlist: true }
const empty = { confirmed: 0, waitlisted: 0 }

describe('registrationState', () => {
  it('opens and closes at the configured times', () => {
    expect(registrationState(window, empty, policy, new Date('2025-01-31T23:59:00Z'))).toBe('not-yet-open')
    expect(registrationState(window, empty, policy, new Date('2025-02-01T08:00:00Z'))).toBe('open')
    expect(registrationState(window, empty, policy, new Date('2025-03-03T12:00:00Z'))).toBe('closed')
  })
  it('closes when the event starts if no closing time is set', () => {
    const noDeadline = { ...window, closesAt: null }
    expect(registrationState(noDeadline, empty, policy, new Date('2025-03-04T07:59:00Z'))).toBe('open')
    expect(registrationState(noDeadline, empty, policy, new Date('2025-03-04T08:00:00Z'))).toBe('closed')
  })
  it('offers the waitlist when full, or nothing without one, and nothing when disabled', () => {
    const now = new Date('2025-02-10T10:00:00Z')
    expect(registrationState(window, { confirmed: 300, waitlisted: 4 }, policy, now)).toBe('waitlist')
    expect(registrationState(window, { confirmed: 300, waitlisted: 0 }, { capacity: 300, waitlist: false }, now)).toBe('full')
    expect(registrationState({ ...window, enabled: false }, empty, policy, now)).toBe('disabled')
  })
})
