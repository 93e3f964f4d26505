import { describe, expect, it } from 'vitest'

import { registrationState } from './registrationState'

const startsAt = '2025-03-04T08:00:00.000Z'
const settings = { enabled: true, opensAt: '2025-02-01T00:00:00.000Z', closesAt: '2025-03-02T23:00:00.000Z' }

describe('registrationState', () => {
  it('offers nothing when registration is not enabled', () => {
    expect(registrationState({ ...settings, enabled: false }, startsAt, new Date('2025-02-10'))).toEqual({ kind: 'none' })
    expect(registrationState(undefined, startsAt, new Date('2025-02-10'))).toEqual({ kind: 'none' })
  })
  it('tells when registration opens', () => {
    expect(registrationState(settings, startsAt, new Date('2025-01-20'))).toEqual({ kind: 'not-yet-open', opensAt: settings.opensAt })
  })
  it('is open between opening and closing', () => {
    expect(registrationState(settings, startsAt, new Date('2025-02-10'))).toEqual({ kind: 'open', closesAt: settings.closesAt })
  })
  it('closes at the deadline, or at the start when there is none', () => {
    expect(registrationState(settings, startsAt, new Date('2025-03-03'))).toEqual({ kind: 'closed' })
    expect(registrationState({ enabled: true }, startsAt, new Date('2025-03-05'))).toEqual({ kind: 'closed' })
    expect(registrationState({ enabled: true }, startsAt, new Date('2025-03-01'))).toEqual({ kind: 'open', closesAt: null })
  })
})
