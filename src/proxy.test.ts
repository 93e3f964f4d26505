import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'

import { proxy } from './proxy'

/** The request headers Next hands on to the route: the proxy's overrides, as Next encodes them. */
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`)

describe('request ids', () => {
  it.each(['/api/news', '/events', '/en/events', '/admin'])('%s: a new id, on the request for the logs and on the response for the client', (path) => {
    const response = proxy(new NextRequest(`http://localhost:3000${path}`))
    const id = response.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(forwarded(response, 'x-request-id')).toBe(id)
  })

  it('keeps the id the front proxy gave, and replaces a forged one', () => {
    const kept = proxy(new NextRequest('http://localhost:3000/api/news', { headers: { 'x-request-id': 'nginx-0123456789abcdef' } }))
    expect(kept.headers.get('x-request-id')).toBe('nginx-0123456789abcdef')
    const forged = proxy(new NextRequest('http://localhost:3000/api/news', { headers: { 'x-request-id': 'x forged" level=error' } }))
    expect(forged.headers.get('x-request-id')).not.toContain('forged')
  })

  it('still keeps the member session away from the admin, and the API’s cookies untouched', () => {
    const cookie = `${MEMBER_SESSION_COOKIE}=member-token; payload-token=staff-token`
    expect(forwarded(proxy(new NextRequest('http://localhost:3000/admin', { headers: { cookie } })), 'cookie')?.trim()).toBe('payload-token=staff-token')
    expect(forwarded(proxy(new NextRequest('http://localhost:3000/api/members/me', { headers: { cookie } })), 'cookie')).toBe(cookie)
  })

  it('still redirects the default locale and rewrites the others', () => {
    const redirect = proxy(new NextRequest('http://localhost:3000/cs/events'))
    expect(redirect.status).toBe(308)
    expect(redirect.headers.get('location')).toBe('http://localhost:3000/events')
    expect(redirect.headers.get('x-request-id')).toBeTruthy()
  })
})
