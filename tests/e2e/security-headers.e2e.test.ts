import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../support/browser'
import { startPortal, type RunningPortal } from '../support/portal'

/** Collects what Chromium reports as blocked by the Content-Security-Policy. */
function recordPolicyViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

describe('security headers in Chromium', () => {
  let portal: RunningPortal
  let browser: Browser

  beforeAll(async () => {
    // As in production: Secure cookies (the other e2e tests opt out for plain http).
    portal = await startPortal({ INSECURE_COOKIES: 'false' })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  it('sends the policy headers on pages and API answers', async () => {
    for (const path of ['/', '/api/news']) {
      const response = await fetch(portal.baseURL + path)
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(response.headers.get('strict-transport-security')).toContain('max-age=')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-powered-by')).toBeNull()
    }
  })

  it('lets the public site and the admin work under the policy', async () => {
    const page = await browser.newPage()
    const violations = recordPolicyViolations(page)
    await page.goto(portal.baseURL)
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${portal.baseURL}/en`)

    // On an empty database the admin asks for its first user: a hydrated React form.
    await page.goto(`${portal.baseURL}/admin`)
    const email = page.locator('input[name="email"]')
    await email.waitFor({ state: 'visible', timeout: 30_000 })
    await email.fill('first.admin@municipia.local')
    expect(await email.inputValue()).toBe('first.admin@municipia.local')
    expect(violations).toEqual([])
    await page.close()
  })

  // Last: it creates the first user, after which the admin no longer offers the first-user form.
  it('sets HttpOnly, Secure, SameSite=Lax session cookies, grants no CORS to other sites and refuses their form posts', async () => {
    const response = await fetch(`${portal.baseURL}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@headers.municipia.local', password: 'Heslo-pro-testy-2025', name: 'Správce', role: 'admin' }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    for (const attribute of [/;\s*HttpOnly/i, /;\s*Secure/i, /;\s*SameSite=Lax/i]) expect(cookie).toMatch(attribute)

    const foreign = await fetch(`${portal.baseURL}/api/news`, { headers: { Origin: 'https://evil.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    const own = await fetch(`${portal.baseURL}/api/news`, { headers: { Origin: portal.baseURL } })
    expect(own.headers.get('access-control-allow-origin')).toBe(portal.baseURL)

    const form = new FormData()
    form.set('_payload', JSON.stringify({ event: 1, name: 'Jana Nováková' }))
    const crossSite = await fetch(`${portal.baseURL}/api/registrations/register`, { method: 'POST', body: form, headers: { Origin: 'https://evil.example' } })
    expect(crossSite.status).toBe(403)
  })
})
