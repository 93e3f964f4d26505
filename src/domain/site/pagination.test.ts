import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { pageLinks, pageNumber } from './pagination'

describe('pageNumber', () => {
  it('reads a positive whole number and falls back to the first page', () => {
    expect(pageNumber('3')).toBe(3)
    expect(pageNumber(['2', '5'])).toBe(2)
    for (const bad of [undefined, '', '0', '-1', '1.5', 'abc', '1e3', '99999999']) expect(pageNumber(bad)).toBe(1)
  })
})

describe('pageLinks', () => {
  const render = (links: ReturnType<typeof pageLinks>) =>
    links.map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page))).join(' ')

  it('shows no links for a single page', () => {
    expect(pageLinks(1, 1)).toEqual([])
  })
  it('shows the ends and a window around the current page', () => {
    expect(render(pageLinks(5, 20))).toBe('1 … 4 [5] 6 … 20')
    expect(render(pageLinks(1, 3))).toBe('[1] 2 3')
    expect(render(pageLinks(3, 5))).toBe('1 2 [3] 4 5')
  })
})

describe('pageLinks with generated pages', () => {
  it('always links the first, the last and the current page, in order and once each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }).chain((total) => fc.tuple(fc.integer({ min: 1, max: total }), fc.constant(total))), ([current, total]) => {
        const pages = pageLinks(current, total).flatMap((link) => (link.kind === 'page' ? [link.page] : []))
        expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b))
        expect(pages).toEqual(expect.arrayContaining([1, current, total]))
        expect(pages.length).toBeLessThanOrEqual(5)
      }),
    )
  })
})
