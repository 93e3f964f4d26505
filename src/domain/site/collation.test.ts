import { describe, expect, it } from 'vitest'

import { sortByName } from './collation'

describe('sortByName', () => {
  const names = ['Zlín', 'Chrudim', 'Čáslav', 'Hodonín', 'Cheb', 'Ústí nad Labem', 'Brno', 'Šumperk', 'Sedlčany']

  it('follows Czech collation: Č after C, Ch after H, Š after S', () => {
    expect(sortByName(names, 'cs', (name) => name)).toEqual([
      'Brno',
      'Čáslav',
      'Hodonín',
      'Cheb',
      'Chrudim',
      'Sedlčany',
      'Šumperk',
      'Ústí nad Labem',
      'Zlín',
    ])
  })
  it('sorts the same names the English way for English readers', () => {
    expect(sortByName(['Cheb', 'Čáslav', 'Hodonín'], 'en', (name) => name)).toEqual(['Čáslav', 'Cheb', 'Hodonín'])
  })
})
