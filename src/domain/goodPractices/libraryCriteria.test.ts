import { describe, expect, it } from 'vitest'

import { libraryQueryString, readLibraryCriteria } from './libraryCriteria'

describe('readLibraryCriteria', () => {
  it('reads the filters and folds the search words', () => {
    const { criteria, problems } = readLibraryCriteria({ q: 'Bioodpad – kompostéry', topic: 'environment', region: '43', size: '500-1999', year: '2024', page: '2' })
    expect(problems).toEqual([])
    expect(criteria).toEqual({ text: 'Bioodpad – kompostéry', words: 'bioodpad kompostery', topic: 'environment', region: '43', sizeBand: '500-1999', year: 2024, page: 2 })
  })

  it('names values it cannot use and leaves them out', () => {
    const { criteria, problems } = readLibraryCriteria({ topic: 'gardening', size: 'huge', year: '20x4', region: '43;drop' })
    expect(problems).toEqual(['region', 'topic', 'size', 'year'])
    expect(criteria).toMatchObject({ topic: null, sizeBand: null, year: null, region: null, page: 1 })
  })

  it('writes back only the filters in use', () => {
    const { criteria } = readLibraryCriteria({ topic: 'hr', q: 'úřad' })
    expect(libraryQueryString(criteria)).toBe('?q=%C3%BA%C5%99ad&topic=hr')
    expect(libraryQueryString(criteria, { page: 2 })).toBe('?q=%C3%BA%C5%99ad&topic=hr&page=2')
  })
})
