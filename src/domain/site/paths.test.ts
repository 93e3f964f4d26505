import { describe, expect, it } from 'vitest'

import { documentPath, pagePath, withQuery } from './paths'

describe('documentPath', () => {
  it('puts every content type under its English segment', () => {
    expect(documentPath('news', { slug: 'krajska-setkani-2025' })).toBe('/news/krajska-setkani-2025')
    expect(documentPath('event-series', { slug: 'krajska-setkani' })).toBe('/event-series/krajska-setkani')
    expect(documentPath('good-practices', { slug: 'sdileni' })).toBe('/good-practices/sdileni')
  })
  it('has no page for a document without a slug', () => {
    expect(documentPath('events', { slug: null })).toBeNull()
  })
  it('places a block page under its parents', () => {
    const page = { slug: 'kontakty', breadcrumbs: [{ url: '/o-nas' }, { url: '/o-nas/kontakty' }] }
    expect(documentPath('pages', page)).toBe('/o-nas/kontakty')
    expect(pagePath({ slug: 'samostatna' })).toBe('/samostatna')
  })
})

describe('withQuery', () => {
  it('leaves out empty parameters and encodes the rest', () => {
    expect(withQuery('/events', { kind: 'congress', region: '', page: 2 })).toBe('/events?kind=congress&page=2')
    expect(withQuery('/search', { q: 'Plzeň a okolí' })).toBe('/search?q=Plze%C5%88+a+okol%C3%AD')
    expect(withQuery('/news', {})).toBe('/news')
  })
})
