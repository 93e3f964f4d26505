import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'

import { launchBrowser } from '../support/browser'
import { startMailbox, type Mailbox } from '../support/mailbox'
import { startPortal, type RunningPortal } from '../support/portal'

/**
 * The good-practice library end to end, against the production build with the demo content:
 * a member submits a practice on the public site, a manager of the association their
 * municipality belongs to publishes it in the admin (editors only submit for review), and a
 * visitor finds it by a filter and by full-text search. The member logs in through the REST API
 * and the browser gets the member session cookie (the member portal's log-in has its own e2e).
 */

const PASSWORD = 'Heslo-pro-e2e-2025'
const SEED_PASSWORD = 'municipia-e2e-seed'
const MANAGER_EMAIL = 'spravce.smocr@e2e.test'
const TITLE = 'Sdílený svoz bioodpadu pro okolní obce'

function runSeed(portal: RunningPortal): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URI: portal.databaseUri, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret', JOBS_AUTORUN: 'false', SEED_ADMIN_PASSWORD: SEED_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`The seed failed (${code}):\n${output.slice(-3000)}`))))
  })
}

describe('the good-practice library in Chromium', () => {
  let mailbox: Mailbox
  let portal: RunningPortal
  let browser: Browser
  let memberToken: string

  const api = async (pathname: string, init: RequestInit & { token?: string } = {}) => {
    const headers = new Headers(init.headers)
    if (init.body) headers.set('Content-Type', 'application/json')
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    const response = await fetch(`${portal.baseURL}/api/${pathname}`, { ...init, headers })
    const body = (await response.json()) as Record<string, unknown>
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathname}: ${response.status} ${JSON.stringify(body)}`)
    return body
  }

  /** A browser; with a member's token, logged in on the portal (its own cookie, not the admin's `payload-token`). */
  const context = async (memberSession?: string): Promise<BrowserContext> => {
    const created = await browser.newContext({ locale: 'en-GB' })
    if (memberSession) await created.addCookies([{ name: MEMBER_SESSION_COOKIE, value: memberSession, url: portal.baseURL, httpOnly: true, sameSite: 'Lax' }])
    return created
  }

  beforeAll(async () => {
    mailbox = await startMailbox()
    portal = await startPortal(mailbox.env)
    await runSeed(portal)
    browser = await launchBrowser()

    // A representative of Plzeň (a member of the national union in the demo content) signs up,
    // verifies their e-mail and is approved by the admin.
    const { docs } = (await api('municipalities?where[slug][equals]=plzen&depth=0')) as { docs: { id: number }[] }
    const plzen = docs[0]?.id
    const email = 'tajemnik@plzen.e2e.test'
    await api('members/sign-up', {
      method: 'POST',
      body: JSON.stringify({ firstName: 'Tomáš', lastName: 'Tajemník', email, password: PASSWORD, municipality: plzen, position: 'secretary', preferredLanguage: 'cs' }),
    })
    const verification = await mailbox.waitFor((mail) => mail.envelopeTo.includes(email))
    // The e-mail links to the portal's verification page: /account/verify?token=…
    const token = /account\/verify\?token=([A-Za-z0-9]+)/.exec(`${verification.text ?? ''} ${verification.html || ''}`)?.[1]
    if (!token) throw new Error(`No verification link in: ${verification.text}`)
    await api(`members/verify/${token}`, { method: 'POST' })
    const admin = (await api('users/login', { method: 'POST', body: JSON.stringify({ email: 'admin@municipia.local', password: SEED_PASSWORD }) })) as { token: string }
    const { docs: members } = (await api(`members?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { token: admin.token })) as { docs: { id: number }[] }
    await api(`members/${members[0]?.id}`, { method: 'PATCH', token: admin.token, body: JSON.stringify({ approvalStatus: 'approved' }) })
    // The national union's manager, who publishes what its members submit.
    const { docs: unions } = (await api('associations?where[slug][equals]=smo-cr&depth=0')) as { docs: { id: number }[] }
    await api('users', {
      method: 'POST',
      token: admin.token,
      body: JSON.stringify({ email: MANAGER_EMAIL, password: PASSWORD, name: 'Správce SMO ČR', role: 'manager', associations: [unions[0]?.id], preferredLanguage: 'cs' }),
    })
    memberToken = ((await api('members/login', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) })) as { token: string }).token
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
    await mailbox?.stop()
  })

  it('lets a member submit a practice, which the public cannot see yet', async () => {
    const member = await context(memberToken)
    const page = await member.newPage()
    await page.goto(`${portal.baseURL}/account/good-practices/new`)
    await expect(page.getByRole('heading', { level: 1, name: 'Sdílet dobrou praxi' }).isVisible()).resolves.toBe(true)

    // Sent empty, the form names the missing fields and keeps nothing half-written.
    await page.locator('#practice-contactName').fill('')
    await page.getByRole('button', { name: 'Odeslat k posouzení' }).click()
    await page.getByRole('alert').filter({ hasText: 'Formulář obsahuje chyby' }).waitFor()
    expect(await page.locator('#title-error').textContent()).toBe('Vyplňte toto pole.')
    expect(await page.locator('#topics-error').textContent()).toBe('Vyberte alespoň jedno téma.')

    await page.getByLabel('Název', { exact: true }).fill(TITLE)
    await page.getByLabel('Životní prostředí').check()
    await page.getByLabel('Krátké shrnutí').fill('Město sváží bioodpad i pro šest okolních obcí.')
    await page.getByLabel('Co obec udělala').fill('Plzeň uzavřela s okolními obcemi smlouvu o společném svozu bioodpadu.\n\nSvoz jezdí každý týden.')
    await page.getByLabel('Výsledky').fill('Kompostárna zpracuje o 40 % více bioodpadu.')
    await page.locator('#practice-contactName').fill('Tomáš Tajemník')
    await page.getByRole('button', { name: 'Odeslat k posouzení' }).click()
    await page.getByRole('status').filter({ hasText: 'Děkujeme, dobrou praxi jsme přijali k posouzení.' }).waitFor()
    await member.close()

    const visitor = await context()
    const search = await visitor.newPage()
    await search.goto(`${portal.baseURL}/good-practices?q=bioodpad`)
    expect(await search.getByRole('status').textContent()).toBe('Hledání neodpovídá žádná dobrá praxe.')
    await visitor.close()
  })

  it('lets a manager of the municipality’s association publish it in the admin', async () => {
    const editor = await context()
    const page = await editor.newPage()
    await page.goto(`${portal.baseURL}/admin/login`)
    await page.locator('#field-email').fill(MANAGER_EMAIL)
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(`${portal.baseURL}/admin`)

    await page.goto(`${portal.baseURL}/admin/collections/good-practices`)
    await page.getByRole('link', { name: TITLE }).click()
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.getByText('Updated successfully').or(page.getByText('Aktualizace proběhla úspěšně')).first().waitFor()
    await editor.close()

    const { docs } = (await api(`good-practices?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`)) as { docs: { workflowStatus: string }[] }
    expect(docs.map((practice) => practice.workflowStatus)).toEqual(['published'])
    await mailbox.waitFor((mail) => mail.envelopeTo.includes('tajemnik@plzen.e2e.test') && /je zveřejněna/.test(mail.subject ?? ''))
  })

  it('lets a visitor find it by topic and region, and by words of its text', async () => {
    const visitor = await context()
    const page = await visitor.newPage()
    await page.goto(`${portal.baseURL}/good-practices`)
    await page.getByLabel('Téma').selectOption('environment')
    await page.getByLabel('Kraj').selectOption({ label: 'Plzeňský kraj' })
    await page.getByRole('search', { name: 'Dobrá praxe' }).getByRole('button', { name: 'Hledat' }).click()
    await page.waitForURL(/topic=environment/)
    expect(await page.getByRole('status').textContent()).toBe('1 dobrá praxe')
    await expect(page.getByRole('link', { name: TITLE }).isVisible()).resolves.toBe(true)

    await page.getByLabel('Téma').selectOption('')
    await page.getByLabel('Kraj').selectOption('')
    await page.getByLabel('Hledat v textu').fill('kompostarna')
    await page.getByRole('search', { name: 'Dobrá praxe' }).getByRole('button', { name: 'Hledat' }).click()
    await page.waitForURL(/q=kompostarna/)
    await page.getByRole('link', { name: TITLE }).click()
    await expect(page.getByRole('heading', { level: 1, name: TITLE }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('link', { name: 'Plzeň' }).isVisible()).resolves.toBe(true)
    // The contact's address is not on the page; visitors are asked to log in to write.
    expect(await page.content()).not.toContain('tajemnik@plzen.e2e.test')
    await expect(page.getByText('Dotaz mohou poslat přihlášení členové.').isVisible()).resolves.toBe(true)
    await visitor.close()
  })
})
