import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../support/browser'
import { startPortal, type RunningPortal } from '../support/portal'

describe('the public home page in Chromium', () => {
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

  it('greets a visitor in Czech at the root and switches to English and Polish', async () => {
    const page = await browser.newPage()
    await page.goto(portal.baseURL)
    expect(await page.getAttribute('html', 'lang')).toBe('cs')
    await expect(page.getByRole('heading', { level: 2, name: 'Nadcházející akce' }).isVisible()).resolves.toBe(true)

    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${portal.baseURL}/en`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await expect(page.getByRole('heading', { level: 2, name: 'Upcoming events' }).isVisible()).resolves.toBe(true)

    await page.getByRole('link', { name: 'Polski' }).click()
    await page.waitForURL(`${portal.baseURL}/pl`)
    await expect(page.getByRole('heading', { level: 2, name: 'Nadchodzące wydarzenia' }).isVisible()).resolves.toBe(true)
    await page.close()
  })

  it('lets keyboard users skip to the content', async () => {
    const page = await browser.newPage()
    await page.goto(portal.baseURL)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent)
    expect(focused).toBe('Přejít na obsah')
    await page.close()
  })
})
