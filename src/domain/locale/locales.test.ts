import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { LOCALES, localizedPath, routeLocale, splitLocale } from './locales'

describe('routeLocale', () => {
  it('serves Czech at the root', () => {
    expect(routeLocale('/')).toEqual({ action: 'rewrite', path: '/cs' })
    expect(routeLocale('/events/krajske-setkani')).toEqual({ action: 'rewrite', path: '/cs/events/krajske-setkani' })
  })
  it('passes Polish and English paths through', () => {
    expect(routeLocale('/pl')).toEqual({ action: 'next' })
    expect(routeLocale('/en/events')).toEqual({ action: 'next' })
  })
  it('redirects an explicit /cs prefix to the bare path', () => {
    expect(routeLocale('/cs')).toEqual({ action: 'redirect', path: '/' })
    expect(routeLocale('/cs/news')).toEqual({ action: 'redirect', path: '/news' })
  })
  it('does not mistake a path that merely starts with the letters of a locale', () => {
    expect(routeLocale('/english-page')).toEqual({ action: 'rewrite', path: '/cs/english-page' })
  })
  it('localizes feeds and calendars like the pages they belong to', () => {
    expect(routeLocale('/news/rss.xml')).toEqual({ action: 'rewrite', path: '/cs/news/rss.xml' })
    expect(routeLocale('/events/snem/calendar.ics')).toEqual({ action: 'rewrite', path: '/cs/events/snem/calendar.ics' })
    expect(routeLocale('/en/news/atom.xml')).toEqual({ action: 'next' })
  })
  it('leaves site-wide and static files alone', () => {
    expect(routeLocale('/sitemap.xml')).toEqual({ action: 'next' })
    expect(routeLocale('/robots.txt')).toEqual({ action: 'next' })
    expect(routeLocale('/favicon.ico')).toEqual({ action: 'next' })
    expect(routeLocale('/preview')).toEqual({ action: 'next' })
    expect(routeLocale('/preview/exit')).toEqual({ action: 'next' })
  })
})

describe('localizedPath', () => {
  it('prefixes all but the default locale', () => {
    expect(localizedPath('cs', '/')).toBe('/')
    expect(localizedPath('pl', '/')).toBe('/pl')
    expect(localizedPath('en', '/events')).toBe('/en/events')
  })
  it('keeps a query on the home page', () => {
    expect(localizedPath('en', '/?q=plzen')).toBe('/en?q=plzen')
  })
})

describe('splitLocale', () => {
  it('finds the locale of a public path and the path without it', () => {
    expect(splitLocale('/')).toEqual({ locale: 'cs', path: '/' })
    expect(splitLocale('/events?kind=congress')).toEqual({ locale: 'cs', path: '/events?kind=congress' })
    expect(splitLocale('/pl')).toEqual({ locale: 'pl', path: '/' })
    expect(splitLocale('/en/news/x')).toEqual({ locale: 'en', path: '/news/x' })
    expect(splitLocale('/en?q=a')).toEqual({ locale: 'en', path: '/?q=a' })
  })
})

describe('localizedPath and splitLocale', () => {
  const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/)
  it('undo each other for any path in any locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.array(segment, { maxLength: 4 }), (locale, segments) => {
        const path = `/${segments.join('/')}`
        expect(splitLocale(localizedPath(locale, path))).toEqual({ locale, path })
      }),
    )
  })
})
