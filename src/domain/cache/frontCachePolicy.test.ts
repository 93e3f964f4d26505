import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { cacheDecision, isStorable } from './frontCachePolicy'

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({
  method,
  url,
  header: (name: string) => headers[name],
})

describe('cacheDecision', () => {
  it('caches anonymous page views under a key that ignores the order of the query', () => {
    const first = cacheDecision(request('/municipalities?region=32&kind=town'))
    const second = cacheDecision(request('/municipalities?kind=town&region=32'))
    expect(first).toMatchObject({ cacheable: true, key: '/municipalities?kind=town&region=32', path: '/municipalities' })
    expect(second).toEqual(first)
  })
  it('treats a trailing slash as the same page', () => {
    expect(cacheDecision(request('/en/news/'))).toMatchObject({ cacheable: true, key: '/en/news' })
  })
  it('never caches for a signed-in person or an editor previewing a draft', () => {
    expect(cacheDecision(request('/news', { cookie: 'theme=dark; payload-token=abc' }))).toEqual({ cacheable: false })
    expect(cacheDecision(request('/news', { cookie: 'theme=dark; municipia-member=abc' }))).toEqual({ cacheable: false })
    expect(cacheDecision(request('/news', { cookie: '__prerender_bypass=1' }))).toEqual({ cacheable: false })
    expect(cacheDecision(request('/news', { authorization: 'JWT abc' }))).toEqual({ cacheable: false })
  })
  it('caches despite cookies that do not make the page personal', () => {
    expect(cacheDecision(request('/news', { cookie: 'theme=dark' }))).toMatchObject({ cacheable: true })
  })
  it('never caches writes, client navigation payloads or private paths', () => {
    expect(cacheDecision(request('/news', {}, 'POST'))).toEqual({ cacheable: false })
    expect(cacheDecision(request('/news', { rsc: '1' }))).toEqual({ cacheable: false })
    expect(cacheDecision(request('/news?_rsc=abc'))).toEqual({ cacheable: false })
    expect(cacheDecision(request('/account/profile'))).toEqual({ cacheable: false })
    expect(cacheDecision(request('/api/news'))).toEqual({ cacheable: false })
  })
})

describe('isStorable', () => {
  const response = (status: number, headers: Record<string, string>) => ({ status, header: (name: string) => headers[name] })
  it('stores successful pages, feeds, calendars and images', () => {
    for (const type of ['text/html; charset=utf-8', 'application/rss+xml', 'text/calendar; charset=utf-8', 'image/webp', 'application/xml']) {
      expect(isStorable(response(200, { 'content-type': type })), type).toBe(true)
    }
  })
  it('does not store errors, redirects or answers that set a cookie', () => {
    expect(isStorable(response(404, { 'content-type': 'text/html' }))).toBe(false)
    expect(isStorable(response(308, { 'content-type': 'text/html' }))).toBe(false)
    expect(isStorable(response(200, { 'content-type': 'text/html', 'set-cookie': 'a=b' }))).toBe(false)
    expect(isStorable(response(200, { 'content-type': 'application/json' }))).toBe(false)
  })
})

describe('cacheDecision with generated requests', () => {
  it('never caches a request that carries a session or preview cookie, wherever it sits among other cookies', () => {
    const cookie = fc.tuple(fc.stringMatching(/^[a-z_]{1,10}$/), fc.stringMatching(/^[a-zA-Z0-9]{0,12}$/)).map(([name, value]) => `${name}=${value}`)
    const personal = fc.constantFrom('payload-token=abc', 'municipia-member=abc', '__prerender_bypass=1', '__next_preview_data=x')
    fc.assert(
      fc.property(fc.array(cookie, { maxLength: 4 }), personal, fc.array(cookie, { maxLength: 4 }), fc.constantFrom('/', '/news', '/en/events/x', '/municipalities?page=2'), (before, session, after, url) => {
        const header = [...before, session, ...after].join('; ')
        expect(cacheDecision(request(url, { cookie: header }))).toEqual({ cacheable: false })
      }),
    )
  })
})
