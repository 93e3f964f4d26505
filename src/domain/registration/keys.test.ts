import { describe, expect, it } from 'vitest'

import { activeRegistrationKey, parseTargetKey, releasedRegistrationKey, targetKey } from './keys'

describe('registration keys', () => {
  it('names events and seminar terms and reads the names back', () => {
    expect(targetKey({ kind: 'event', eventId: 12 })).toBe('event:12')
    expect(targetKey({ kind: 'seminar', seminarId: '65a1f0', termId: 'term-2' })).toBe('seminar:65a1f0:term-2')
    expect(parseTargetKey('seminar:65a1f0:term-2')).toEqual({ kind: 'seminar', seminarId: '65a1f0', termId: 'term-2' })
    expect(parseTargetKey('event:12')).toEqual({ kind: 'event', eventId: '12' })
    expect(parseTargetKey('event:12:x')).toBeNull()
    expect(parseTargetKey('news:1')).toBeNull()
  })
  it('makes one key of two spellings of an e-mail, and a released key unique to the registration', () => {
    expect(activeRegistrationKey('event:12', ' Jana@Obec.CZ')).toBe(activeRegistrationKey('event:12', 'jana@obec.cz'))
    expect(releasedRegistrationKey('event:12', 7)).not.toBe(releasedRegistrationKey('event:12', 8))
  })
})
