import { describe, expect, it } from 'vitest'

import { countMembers, membershipShare } from './counts'

describe('countMembers', () => {
  it('counts members by region and by chamber derived from the kind', () => {
    const counts = countMembers([
      { regionCode: '43', kind: 'statutory-city' },
      { regionCode: '43', kind: 'municipality' },
      { regionCode: '43', kind: 'market-town' },
      { regionCode: '27', kind: 'town' },
      { regionCode: null, kind: 'gmina' },
    ])
    expect(counts.total).toBe(5)
    expect(counts.byChamber).toEqual({ 'statutory-cities': 1, towns: 2, municipalities: 1, none: 1 })
    expect(counts.byRegion.get('43')).toEqual({ total: 3, byChamber: { 'statutory-cities': 1, towns: 1, municipalities: 1, none: 0 } })
    expect(counts.byRegion.get('27')?.byChamber.towns).toBe(1)
    expect(counts.byRegion.get(null)?.byChamber.none).toBe(1)
    expect(counts.byRegion.has('19')).toBe(false)
  })

  it('counts nothing for no members', () => {
    expect(countMembers([])).toEqual({ total: 0, byChamber: { 'statutory-cities': 0, towns: 0, municipalities: 0, none: 0 }, byRegion: new Map() })
  })
})

describe('membershipShare', () => {
  it('is the members’ share of the region, and 0 where the region has no municipalities', () => {
    expect(membershipShare(190, 501)).toBeCloseTo(0.379, 3)
    expect(membershipShare(0, 0)).toBe(0)
  })
})
