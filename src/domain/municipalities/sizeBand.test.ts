import { describe, expect, it } from 'vitest'

import { sizeBandOf } from './sizeBand'

describe('sizeBandOf', () => {
  it.each([
    [0, 'under-500'],
    [499, 'under-500'],
    [500, '500-1999'],
    [1999, '500-1999'],
    [2000, '2000-9999'],
    [10000, '10000-49999'],
    [49999, '10000-49999'],
    [50000, '50000-plus'],
    [1300000, '50000-plus'],
  ] as const)('puts %i inhabitants in band %s', (population, band) => {
    expect(sizeBandOf(population)).toBe(band)
  })

  it('says unknown when the population is not known', () => {
    expect(sizeBandOf(null)).toBe('unknown')
    expect(sizeBandOf(Number.NaN)).toBe('unknown')
  })
})
