import { describe, expect, it } from 'vitest'

import { crossSiteMessage, isCrossSiteRequest, secureCookies } from './crossSite'

const allowed = ['https://portal.smocr.cz']
const headers = (values: Record<string, string>) => new Headers(values)

describe('isCrossSiteRequest', () => {
  it('lets the portal’s own pages through, whatever the path or port spelling', () => {
    expect(isCrossSiteRequest(headers({ Origin: 'https://portal.smocr.cz' }), allowed)).toBe(false)
    expect(isCrossSiteRequest(headers({ Origin: 'https://portal.smocr.cz:443', 'Sec-Fetch-Site': 'same-origin' }), allowed)).toBe(false)
  })

  it('refuses another origin, a look-alike and the opaque "null" origin', () => {
    for (const origin of ['https://evil.example', 'http://portal.smocr.cz', 'https://portal.smocr.cz.evil.example', 'null', 'not a url']) {
      expect(isCrossSiteRequest(headers({ Origin: origin }), allowed)).toBe(true)
    }
  })

  it('refuses a cross-site fetch without Origin, and lets a program without browser headers through', () => {
    expect(isCrossSiteRequest(headers({ 'Sec-Fetch-Site': 'cross-site' }), allowed)).toBe(true)
    expect(isCrossSiteRequest(headers({ 'Sec-Fetch-Site': 'none' }), allowed)).toBe(false)
    expect(isCrossSiteRequest(headers({}), allowed)).toBe(false)
  })
})

it('explains the refusal in Czech and English', () => {
  expect(crossSiteMessage('cs')).toMatch(/z cizího webu/)
  expect(crossSiteMessage('en')).toMatch(/another website/)
})

it('makes cookies Secure in production unless a local demo opts out', () => {
  expect(secureCookies({ NODE_ENV: 'production' })).toBe(true)
  expect(secureCookies({ NODE_ENV: 'production', INSECURE_COOKIES: 'true' })).toBe(false)
  expect(secureCookies({ NODE_ENV: 'development' })).toBe(false)
  expect(secureCookies({ NODE_ENV: 'test' })).toBe(false)
})
