import { describe, expect, it } from 'vitest'

import { localizedPath, routeLocale } from './locales'

describe('routeLocale', () => {
  it('serves Czech at the root', () => {
    expect(routeLocale('/')).toEqual({ action: 'rewrite', path: '/cs' })
    expect(routeLocale('/akce/krajske-setkani')).toEqual({ action: 'rewrite', path: '/cs/akce/krajske-setkani' })
  })
  it('passes Polish and English paths through', () => {
    expect(routeLocale('/pl')).toEqual({ action: 'next' })
    expect(routeLocale('/en/events')).toEqual({ action: 'next' })
  })
  it('redirects an explicit /cs prefix to the bare path', () => {
    expect(routeLocale('/cs')).toEqual({ action: 'redirect', path: '/' })
    expect(routeLocale('/cs/aktuality')).toEqual({ action: 'redirect', path: '/aktuality' })
  })
  it('does not mistake a path that merely starts with the letters of a locale', () => {
    expect(routeLocale('/english-page')).toEqual({ action: 'rewrite', path: '/cs/english-page' })
  })
})

describe('localizedPath', () => {
  it('prefixes all but the default locale', () => {
    expect(localizedPath('cs', '/')).toBe('/')
    expect(localizedPath('pl', '/')).toBe('/pl')
    expect(localizedPath('en', '/events')).toBe('/en/events')
  })
})
