import { describe, expect, it } from 'vitest'

import { decodeMemberOf, encodeMemberOf, memberOfToken } from './memberOfIds'

describe('memberOfIds', () => {
  it('writes each association once, in order, and reads them back', () => {
    expect(encodeMemberOf([17, 3, 17])).toBe('|3|17|')
    expect(decodeMemberOf('|3|17|')).toEqual(['3', '17'])
    expect(encodeMemberOf([])).toBe('')
    expect(decodeMemberOf(null)).toEqual([])
  })

  it('matches an association only as a whole id, not as part of another', () => {
    const stored = encodeMemberOf([3, 17])
    expect(stored.includes(memberOfToken(3))).toBe(true)
    expect(stored.includes(memberOfToken(1))).toBe(false)
    expect(stored.includes(memberOfToken(7))).toBe(false)
    expect(encodeMemberOf(['65f0a1', '65f0a2'])).toBe('|65f0a1|65f0a2|')
  })
})
