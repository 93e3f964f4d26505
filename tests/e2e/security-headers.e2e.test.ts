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
    portal = await startPortal()
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
})
