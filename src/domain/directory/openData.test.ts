import { describe, expect, it } from 'vitest'

import { postalCodeList, readPaging } from './openData'

describe('readPaging', () => {
  it('defaults to the first page of 100', () => {
    expect(readPaging(new URLSearchParams())).toEqual({ page: 1, limit: 100 })
    expect(readPaging(new URLSearchParams('page=3&limit=500'))).toEqual({ page: 3, limit: 500 })
  })

  it.each(['page=0', 'page=1.5', 'page=x', 'limit=501', 'limit=0', 'limit=-5'])('names the field of %s', (query) => {
    expect(readPaging(new URLSearchParams(query))).toMatchObject({ field: query.split('=')[0] })
  })
})

describe('postalCodeList', () => {
  it('splits stored postal codes', () => {
    expect(postalCodeList('30100 31200')).toEqual(['30100', '31200'])
    expect(postalCodeList(null)).toEqual([])
  })
})
