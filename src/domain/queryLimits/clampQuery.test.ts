import { describe, expect, it } from 'vitest'

import { clampAnonymousQuery, MAX_ANONYMOUS_DEPTH, MAX_ANONYMOUS_LIMIT, MAX_PAGE } from './clampQuery'

describe('clampAnonymousQuery', () => {
  it.each([
    [{ limit: 10 }, 10],
    [{ limit: '25' }, 25],
    [{ limit: 1000 }, MAX_ANONYMOUS_LIMIT],
    [{ limit: 0 }, MAX_ANONYMOUS_LIMIT],
    [{ limit: -5 }, MAX_ANONYMOUS_LIMIT],
    [{ limit: '2.7' }, 2],
    [{ limit: 'abc' }, MAX_ANONYMOUS_LIMIT],
    [{ limit: 'Infinity' }, MAX_ANONYMOUS_LIMIT],
    [{ limit: 5, pagination: false }, 5],
    [{ pagination: 'false' }, MAX_ANONYMOUS_LIMIT],
    [{ limit: ['1', '2'] }, MAX_ANONYMOUS_LIMIT],
    [{ limit: '' }, MAX_ANONYMOUS_LIMIT],
    [{}, undefined],
  ])('limit of %j is %s', (args, expected) => {
    expect(clampAnonymousQuery(args, true).limit).toBe(expected)
  })

  it('turns pagination=false into one page', () => {
    expect(clampAnonymousQuery({ pagination: false }, true)).toMatchObject({ pagination: true, limit: MAX_ANONYMOUS_LIMIT })
    expect(clampAnonymousQuery({ pagination: true }, true).pagination).toBeUndefined()
  })

  it.each([
    [{ depth: 0 }, 0],
    [{ depth: '1' }, 1],
    [{ depth: 10 }, MAX_ANONYMOUS_DEPTH],
    [{ depth: -3 }, 0],
    [{ depth: 'deep' }, 2],
    [{ depth: Number.POSITIVE_INFINITY }, 2],
    [{}, 2],
  ])('depth of %j is %s', (args, expected) => {
    expect(clampAnonymousQuery(args, false).depth).toBe(expected)
  })

  it.each([
    [{ page: '3' }, 3],
    [{ page: '99999999999999999999' }, MAX_PAGE],
    [{ page: -3 }, 1],
    [{ page: 'abc' }, 1],
    [{ page: ['1', '2'] }, 1],
    [{}, undefined],
  ])('page of %j is %s', (args, expected) => {
    expect(clampAnonymousQuery(args, true).page).toBe(expected)
  })

  it('leaves the limit of a single-document read alone', () => {
    expect(clampAnonymousQuery({ limit: 1000 }, false).limit).toBeUndefined()
  })
})
