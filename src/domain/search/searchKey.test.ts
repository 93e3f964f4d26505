import { describe, expect, it } from 'vitest'

import { searchKey } from './searchKey'

describe('searchKey', () => {
  it('lets "plzen" find "Plzeň" and "lodz" find "Łódź"', () => {
    expect(searchKey('Plzeň')).toBe('plzen')
    expect(searchKey('Łódź')).toBe('lodz')
  })
  it('folds case and runs of white space', () => {
    expect(searchKey('  Ústí   nad LABEM ')).toBe('usti nad labem')
  })
})
