import { getPayload, type Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'

import { launchBrowser } from '../support/browser'
import { startMailbox, type Mailbox } from '../support/mailbox'
import { startPortal, type RunningPortal } from '../support/portal'

/**
 * Foreign partnership matchmaking on the production build in Chromium: a member applies on the
 * public site (saving a draft first), the office proposes a partner in the admin, and the member
 * sees the new status and the partner; the applicant's e-mails come through the real SMTP server.
 *
 * The member log-in pages are built in another issue; the member logs in through the REST API
 * (`POST /api/members/login`) and the browser gets the same `payload-token` cookie the log-in
 * page would set.
 */

const PASSWORD = 'Heslo-pro-e2e-2026'
const smtpVariables = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_IGNORE_TLS'] as const

let mailbox: Mailbox
let portal: RunningPortal
let browser: Browser
let payload: Payload
let editorEmail: string
let memberEmail: string

async function login(collection: 'users' | 'members', email: string): Promise<string> {
  const response = await fetch(`${portal.baseURL}/api/${collection}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`Log-in of ${email} failed: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.PAYLOAD_SECRET ||= 'e2e-secret'
  // The test drives the jobs queue itself, through the API, instead of waiting for the cron.
  portal = await startPortal({ ...mailbox.env, JOBS_AUTORUN: 'false' })

  // The scene is written straight into the portal's database (which the server has migrated).
  process.env.DATABASE_URI = portal.databaseUri
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })
  const office = await payload.create({ collection: 'associations', data: { name: 'Krajský úřad Středočeského kraje', shortName: 'KÚ SK', kind: 'other', country: 'CZ' } })
  const silesia = await payload.create({
    collection: 'regions',
    data: { code: 'PL-02', name: 'Dolnoslezské vojvodství', country: 'PL', kind: 'foreign-partner-region', languages: ['pl'], centre: { latitude: 51.05, longitude: 16.4 } },
  })
  const centralBohemia = await payload.create({
    collection: 'regions',
    data: { code: '27', name: 'Středočeský kraj', country: 'CZ', kind: 'cz-region', partnerRegions: [silesia.id], partnershipOffice: office.id },
  })
  const kolin = await payload.create({ collection: 'municipalities', data: { ruianCode: '533165', name: 'Kolín', kind: 'town', region: centralBohemia.id, population: 33_000 } })
  const ricany = await payload.create({ collection: 'municipalities', data: { ruianCode: '538728', name: 'Říčany', kind: 'town', region: centralBohemia.id, population: 16_800 } })
  await payload.create({
    collection: 'partnerships',
    data: { association: office.id, municipality: ricany.id, partnerName: 'Gmina Oława', partnerRegion: silesia.id, since: 2006, areas: ['culture'], visibility: 'public' },
  })
  memberEmail = 'tajemnice@kolin.test.cz'
  await payload.create({
    collection: 'members',
    data: {
      firstName: 'Jana',
      lastName: 'Nováková',
      email: memberEmail,
      password: PASSWORD,
      municipality: kolin.id,
      position: 'secretary',
      approvalStatus: 'approved',
      preferredLanguage: 'cs',
      _verified: true,
    },
    disableVerificationEmail: true,
  })
  editorEmail = 'protokol@kr-s.test.cz'
  await payload.create({ collection: 'users', data: { name: 'Oddělení zahraniční spolupráce', email: editorEmail, password: PASSWORD, role: 'editor', associations: [office.id] } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
  await portal?.stop()
  await mailbox?.stop()
  for (const variable of smtpVariables) delete process.env[variable]
})

describe('foreign partnership matchmaking in Chromium', () => {
  it('a member applies, the office proposes a partner in the admin, the member sees the new status', async () => {
    const base = portal.baseURL
    const member = await browser.newContext()
    await member.addCookies([{ name: 'payload-token', value: await login('members', memberEmail), url: base }])
    const page = await member.newPage()

    // The member starts from the partnerships page, picks their region and saves a draft.
    await page.goto(`${base}/partnerships`)
    await page.getByRole('link', { name: 'Podat žádost o partnera' }).click()
    await page.getByRole('link', { name: 'Středočeský kraj' }).click()
    expect(await page.getByLabel('Název žadatele').inputValue()).toBe('Kolín')
    await page.getByLabel('Dolnoslezské vojvodství (Polsko)').check()
    await page.getByLabel('Kultura').check()
    await page.getByLabel('Co hledáme').fill('Partnerskou obec pro výměny školních sborů a kulturní léto.')
    await page.getByRole('button', { name: 'Uložit rozpracované' }).click()
    await page.waitForURL(/\/partnerships\/apply\?draft=\d+&saved=1$/)
    expect(await page.getByRole('status').textContent()).toBe('Rozpracovaná žádost je uložena. Můžete se k ní kdykoli vrátit.')

    // Submitting without consent names the missing field and keeps what was typed.
    await page.getByRole('button', { name: 'Odeslat žádost' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain('Souhlas se zpracováním osobních údajů: vyplňte prosím')
    expect(await page.getByLabel('Co hledáme').inputValue()).toBe('Partnerskou obec pro výměny školních sborů a kulturní léto.')
    await page.getByLabel(/Souhlasím se zpracováním/).check()
    await page.getByRole('button', { name: 'Odeslat žádost' }).click()
    await page.waitForURL(/\/partnerships\/applications\/\d+\?submitted=1$/)
    const id: Id = Number(/applications\/(\d+)/.exec(page.url())?.[1])
    const { reference } = await payload.findByID({ collection: 'partnership-requests', id, depth: 0 })
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Žádost o zahraničního partnera ${reference}`)
    expect(await page.locator('.status-badge').textContent()).toBe('Podáno')

    // The office reviews it and writes to the partner region (the API), then proposes a partner in the admin.
    const editorToken = await login('users', editorEmail)
    for (const status of ['in-review', 'partner-contacted']) {
      const response = await fetch(`${base}/api/partnership-requests/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
        body: JSON.stringify({ status }),
      })
      expect(response.status).toBe(200)
    }
    // The office works in the Czech admin.
    const office = await browser.newContext({ locale: 'cs-CZ' })
    const admin = await office.newPage()
    await admin.goto(`${base}/admin/login`)
    await admin.locator('#field-email').fill(editorEmail)
    await admin.locator('#field-password').fill(PASSWORD)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL(`${base}/admin`)
    await admin.goto(`${base}/admin/collections/partnership-requests/${id}`)
    await admin.getByRole('heading', { name: 'Návrhy pro párování' }).waitFor()
    await admin.getByRole('link', { name: /Říčany ↔ Gmina Oława/ }).waitFor()
    // Payload's select is a combobox: type the option and take it.
    await admin.locator('#field-status input[role="combobox"]').fill('Navržen partner')
    await admin.keyboard.press('Enter')
    await admin.locator('#field-proposedPartner__name').fill('Gmina Oleśnica')
    await admin.locator('#field-statusMessage').fill('Gmina Oleśnica má zájem o výměny sborů.')
    await admin.getByRole('button', { name: 'Uložit' }).click()
    await expect.poll(async () => (await payload.findByID({ collection: 'partnership-requests', id, depth: 0 })).status, { timeout: 20_000 }).toBe('partner-proposed')

    // The member sees the new status, the partner and the office's message.
    await page.goto(`${base}/partnerships/applications/${id}`)
    expect(await page.locator('.status-badge').textContent()).toBe('Navržen partner')
    expect(await page.getByRole('heading', { name: 'Navržený partner' }).isVisible()).toBe(true)
    expect(await page.getByText('Gmina Oleśnica', { exact: true }).isVisible()).toBe(true)
    expect(await page.getByText('Zpráva úřadu: Gmina Oleśnica má zájem o výměny sborů.').isVisible()).toBe(true)

    // The jobs queue sends the applicant's e-mails in order, in Czech.
    for (let tick = 0; tick < 10; tick += 1) {
      const run = await fetch(`${base}/api/payload-jobs/run`, { headers: { Authorization: `JWT ${editorToken}` } })
      if (((await run.json()) as { noJobsRemaining?: boolean }).noJobsRemaining) break
    }
    const subjects = mailbox.messages.filter((mail) => mail.envelopeTo.includes(memberEmail)).map((mail) => mail.subject)
    expect(subjects).toEqual([
      `Žádost o zahraničního partnera ${reference} přijata`,
      `Žádost ${reference}: Posuzuje se`,
      `Žádost ${reference}: Osloven partnerský region`,
      `Žádost ${reference}: Navržen partner`,
    ])
  })

  it('shows the region’s partner regions, map and partnerships to everyone', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.baseURL}/en/partner-regions/27`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Partner regions – Středočeský kraj')
    expect(await page.getByRole('img', { name: 'Map of partnerships – Středočeský kraj' }).isVisible()).toBe(true)
    expect(await page.getByRole('row', { name: /Říčany.*Gmina Oława/ }).isVisible()).toBe(true)
    await page.getByLabel('Area of cooperation').selectOption('tourism')
    await page.getByRole('button', { name: 'Apply filter' }).click()
    await page.waitForURL(/area=tourism/)
    expect(await page.getByText('No partnership matches the filter.').isVisible()).toBe(true)
    await page.close()
  })
})
