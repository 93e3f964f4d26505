import { describe, expect, it } from 'vitest'

import { directoryQueryString, kindsOfChamber, readDirectoryCriteria } from './criteria'

describe('readDirectoryCriteria', () => {
  it('reads a full query and folds the fragment for accent-insensitive matching', () => {
    const { criteria, problems } = readDirectoryCriteria({
      q: '  Ústí n. Labem ',
      region: '60',
      district: 'Ústí nad Labem',
      kind: 'statutory-city',
      chamber: 'statutory-cities',
      member: 'smo-cr',
      sort: '-population',
      page: '2',
    })
    expect(problems).toEqual([])
    expect(criteria).toEqual({
      text: 'Ústí n. Labem',
      fragment: 'usti n labem',
      region: '60',
      district: 'Ústí nad Labem',
      kind: 'statutory-city',
      chamber: 'statutory-cities',
      member: 'smo-cr',
      sort: '-population',
      page: 2,
    })
  })

  it('defaults to everything, sorted by name, first page', () => {
    expect(readDirectoryCriteria({}).criteria).toMatchObject({ fragment: '', region: null, sort: 'name', page: 1 })
  })

  it('keeps LIKE wildcards out of the fragment', () => {
    expect(readDirectoryCriteria({ q: '%_lhota%' }).criteria.fragment).toBe('lhota')
  })

  it('names each value it cannot use and drops only that value', () => {
    const { criteria, problems } = readDirectoryCriteria({ q: 'x'.repeat(80), kind: 'village', chamber: 'senate', page: '-1', sort: 'random', member: 'SMO ČR', region: '43' })
    expect(problems).toEqual([
      { field: 'q', reason: 'tooLong' },
      { field: 'page', reason: 'notANumber' },
      { field: 'kind', reason: 'unknown' },
      { field: 'chamber', reason: 'unknown' },
      { field: 'member', reason: 'unknown' },
      { field: 'sort', reason: 'unknown' },
    ])
    expect(criteria).toMatchObject({ fragment: 'x'.repeat(60), kind: null, chamber: null, page: 1, sort: 'name', member: null, region: '43' })
  })
})

describe('kindsOfChamber', () => {
  it('puts towns and market towns in one chamber', () => {
    expect(kindsOfChamber('towns')).toEqual(['town', 'market-town'])
    expect(kindsOfChamber('statutory-cities')).toEqual(['statutory-city'])
  })
})

describe('directoryQueryString', () => {
  it('writes only what differs from the defaults and applies changes', () => {
    const { criteria } = readDirectoryCriteria({ q: 'Lhota', region: '27' })
    expect(directoryQueryString(criteria)).toBe('?q=Lhota&region=27')
    expect(directoryQueryString(criteria, { page: 3, sort: '-population' })).toBe('?q=Lhota&region=27&sort=-population&page=3')
    expect(directoryQueryString(readDirectoryCriteria({}).criteria)).toBe('')
  })
})
