import { describe, expect, it } from 'vitest'

import { documentSearchKey, inLocale, normalizeQuery, rankResults } from './siteSearch'

describe('documentSearchKey', () => {
  it('joins every language of the title and summary without accents or repeated words', () => {
    const key = documentSearchKey(
      { cs: 'Krajské setkání v Plzni', en: 'Regional meeting in Plzeň' },
      { cs: 'Setkání obcí Plzeňského kraje', pl: 'Spotkanie gmin' },
    )
    expect(key).toBe('krajske setkani v plzni regional meeting in plzen obci plzenskeho kraje spotkanie gmin')
  })
  it('folds the Polish ł', () => {
    expect(documentSearchKey('Łódź')).toBe('lodz')
  })
})

describe('inLocale', () => {
  it('falls back to Czech when a translation is missing', () => {
    expect(inLocale({ cs: 'Sněm', en: 'Assembly' }, 'en')).toBe('Assembly')
    expect(inLocale({ cs: 'Sněm', en: null }, 'pl')).toBe('Sněm')
    expect(inLocale('Plzeň', 'en')).toBe('Plzeň')
    expect(inLocale(undefined, 'en')).toBe('')
  })
})

describe('normalizeQuery', () => {
  it('makes the query comparable with the stored keys', () => {
    expect(normalizeQuery('  PLZEŇ ')).toBe('plzen')
    expect(normalizeQuery(undefined)).toBe('')
  })
})

describe('rankResults', () => {
  const results = [
    { title: 'Sdružení měst a obcí Plzeňského kraje', date: '2025-01-01' },
    { title: 'Krajské setkání – Plzeň', date: '2025-04-01' },
    { title: 'Plzeň', date: null },
    { title: 'XX. sněm', date: '2025-05-29' },
  ]
  it('puts titles starting with the query first and matches elsewhere last', () => {
    expect(rankResults(results, 'plzen', (result) => result.title, (result) => result.date).map((result) => result.title)).toEqual([
      'Plzeň',
      'Krajské setkání – Plzeň',
      'Sdružení měst a obcí Plzeňského kraje',
      'XX. sněm',
    ])
  })
})
