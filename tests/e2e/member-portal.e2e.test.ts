import { getPayload, type Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAssociation, createMember, createMunicipality, createStaffUser, pdfFile, ref, richText, validData } from '../int/fixtures'
import { launchBrowser } from '../support/browser'
import { startMailbox, type Mailbox, type ReceivedMail } from '../support/mailbox'
import { startPortal, type RunningPortal } from '../support/portal'

/**
 * The member portal against the production build in Chromium: sign-up, the verification link
 * from the loopback SMTP server, approval by an editor in the admin, log-in, members-only
 * content, log-out. The scene is written with the Local API into the portal's own database.
 */

const BODY = 'Předsednictvo schválilo rozpočet sdružení na rok 2026 a plán krajských setkání.'
const ARTICLE = { title: 'Zápis z jednání předsednictva', slug: 'zapis-z-jednani-predsednictva' }
const MEMBER = { firstName: 'Jana', lastName: 'Nováková', email: 'jana.novakova@posta-kozojed.test.cz', password: 'Lípa na návsi 1887' }

let mailbox: Mailbox
let portal: RunningPortal
let browser: Browser
let payload: Payload
let editor: { email: string; password: string }
let documentFile: string
let pendingMember: { email: string; password: string }
let approvedMember: { email: string; password: string }

beforeAll(async () => {
  mailbox = await startMailbox()
  // No scheduled jobs in the server: two processes writing at once make SQLite answer "busy".
  portal = await startPortal({ ...mailbox.env, JOBS_AUTORUN: 'false' })
  browser = await launchBrowser()
  // The test writes its scene through a Payload of its own on the server's database file, all
  // before the browser makes the server write anything.
  Object.assign(process.env, { DATABASE_URI: portal.databaseUri, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret', JOBS_AUTORUN: 'false' })
  const { default: config } = await import('@payload-config')
  payload = await getPayload({ config })

  const association = await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })
  const municipality = await createMunicipality(payload, { name: 'Kozojedy', district: 'Plzeň-sever', memberships: [{ association: ref(association.id), status: 'active' }] })
  pendingMember = await createMember(payload, municipality.id, 'pending')
  approvedMember = await createMember(payload, municipality.id, 'approved')
  editor = await createStaffUser(payload, 'editor', [association.id])
  const document = await payload.create({
    collection: 'documents',
    data: { title: 'Rozpočet sdružení 2026', association: ref(association.id), audience: 'members' },
    file: pdfFile('rozpocet-2026.pdf'),
  })
  documentFile = String(document.filename)
  await payload.create({
    collection: 'news',
    data: {
      ...validData.news({ association: association.id }, ARTICLE.title),
      slug: ARTICLE.slug,
      excerpt: 'Co předsednictvo projednalo v listopadu.',
      content: richText(BODY),
      attachments: [ref(document.id)],
      audience: 'members',
      _status: 'published',
    },
  })
})

afterAll(async () => {
  await browser?.close()
  if (payload) {
    await payload.delete({ collection: 'documents', where: { id: { exists: true } } })
    await payload.destroy()
  }
  await portal?.stop()
  await mailbox?.stop()
})

const linkIn = (mail: ReceivedMail, path: string): string => {
  const href = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '').find((candidate) => candidate.includes(path))
  if (!href) throw new Error(`No link to ${path} in “${mail.subject}”`)
  return href.replace(/&amp;/g, '&')
}

async function approveInAdmin(page: Page, email: string): Promise<void> {
  await page.goto(`${portal.baseURL}/admin/login`)
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Password').fill(editor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${portal.baseURL}/admin`)
  await page.goto(`${portal.baseURL}/admin/collections/members`)
  await page.getByRole('link', { name: email }).click()
  await page.locator('#field-approvalStatus .react-select').click()
  await page.locator('.rs__option', { hasText: 'Approved' }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByText(/Updated successfully/).waitFor()
}

describe('a member in Chromium', () => {
  it('signs up, verifies the e-mail, is approved by an editor, logs in, reads members-only content and logs out', { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ locale: 'cs-CZ' })
    const page = await context.newPage()

    await page.goto(`${portal.baseURL}/account/sign-up`)
    await page.getByLabel('Obec').fill('Kozojedy')
    await page.getByRole('button', { name: 'Vyhledat obec' }).click()
    await page.getByRole('radio', { name: 'Kozojedy, Plzeň-sever' }).check()
    await page.getByLabel('Jméno', { exact: true }).fill(MEMBER.firstName)
    await page.getByLabel('Příjmení').fill(MEMBER.lastName)
    await page.getByLabel('E-mail', { exact: true }).fill(MEMBER.email)
    await page.getByLabel('Heslo', { exact: true }).fill(MEMBER.password)
    await page.getByRole('button', { name: 'Zaregistrovat se' }).click()
    await page.getByRole('status').filter({ hasText: 'Děkujeme.' }).waitFor()

    const verification = await mailbox.waitFor((mail) => mail.envelopeTo.includes(MEMBER.email) && mail.subject === 'Potvrďte svůj e-mail – Municipia')
    await page.goto(linkIn(verification, '/account/verify'))
    await page.getByRole('button', { name: 'Potvrdit e-mail' }).click()
    await page.getByRole('status').filter({ hasText: 'E-mail je potvrzen.' }).waitFor()

    // Before approval the article is a teaser with a log-in prompt.
    await page.goto(`${portal.baseURL}/account/members-only/${ARTICLE.slug}`)
    await page.getByRole('heading', { level: 1, name: ARTICLE.title }).waitFor()
    expect(await page.getByText('Celý text je jen pro schválené členy. Přihlaste se.').isVisible()).toBe(true)
    expect(await page.content()).not.toContain(BODY)

    const editorContext = await browser.newContext({ locale: 'en-US' })
    await approveInAdmin(await editorContext.newPage(), MEMBER.email)
    await editorContext.close()
    await mailbox.waitFor((mail) => mail.envelopeTo.includes(MEMBER.email) && mail.subject === 'Váš účet je schválen – Municipia')

    await page.goto(`${portal.baseURL}/account/log-in`)
    await page.getByLabel('E-mail', { exact: true }).fill(MEMBER.email)
    await page.getByLabel('Heslo', { exact: true }).fill(MEMBER.password)
    await page.getByRole('button', { name: 'Přihlásit se' }).click()
    await page.waitForURL(`${portal.baseURL}/account`)
    await page.getByRole('heading', { level: 1, name: 'Dobrý den, Jana Nováková' }).waitFor()
    expect(await page.getByText('Váš účet je schválen').isVisible()).toBe(true)
    const cookie = (await context.cookies()).find((candidate) => candidate.name === 'municipia-member')
    expect(cookie?.httpOnly).toBe(true)

    await page.getByRole('link', { name: 'Aktuality a dokumenty pro členy' }).click()
    await page.getByRole('link', { name: ARTICLE.title }).click()
    await page.getByText(BODY).waitFor()
    const href = String(await page.getByRole('link', { name: 'Rozpočet sdružení 2026' }).getAttribute('href'))
    // Fetched by the page itself, with the member's cookie, as a click on the link would.
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { status: response.status, start: (await response.text()).slice(0, 5) }
    }, href)
    expect(download).toEqual({ status: 200, start: '%PDF-' })

    // The same browser can still reach the admin's log-in: the member session does not take the admin's place.
    await page.goto(`${portal.baseURL}/admin`)
    await page.locator('#field-email').waitFor()

    await page.goto(`${portal.baseURL}/account`)
    await page.getByRole('button', { name: 'Odhlásit se' }).click()
    await page.getByRole('status').filter({ hasText: 'Byli jste odhlášeni.' }).waitFor()
    await page.goto(`${portal.baseURL}/account/members-only/${ARTICLE.slug}`)
    await page.getByRole('heading', { level: 1, name: ARTICLE.title }).waitFor()
    expect(await page.content()).not.toContain(BODY)
    await context.close()
  })
})

// ---------------------------------------------------------------------------------------------
// Pages and file URLs of the production server, per visitor

type Visitor = 'anonymous' | 'pending member' | 'approved member'
const VISITORS: Visitor[] = ['anonymous', 'pending member', 'approved member']

/**
 * full: the members-only body or file is served; teaser: the article is listed without it;
 * page: served, without members-only content; login: sent to the log-in page; refused: 403/404.
 */
const PAGES: [path: (slug: string, file: string) => string, expected: [string, string, string]][] = [
  [(slug) => `/account/members-only/${slug}`, ['teaser', 'teaser', 'full']],
  [(slug) => `/en/account/members-only/${slug}`, ['teaser', 'teaser', 'full']],
  [(slug) => `/pl/account/members-only/${slug}`, ['teaser', 'teaser', 'full']],
  [() => '/account/members-only', ['teaser', 'teaser', 'full']],
  [() => '/', ['teaser', 'teaser', 'teaser']],
  [() => '/account', ['login', 'page', 'page']],
  [(_slug, file) => `/api/documents/file/${file}`, ['refused', 'refused', 'full']],
]

describe('the pages of the production server', () => {
  const cookies = {} as Record<Visitor, string>

  beforeAll(async () => {
    cookies.anonymous = ''
    for (const [visitor, member] of [
      ['pending member', pendingMember],
      ['approved member', approvedMember],
    ] as const) {
      const response = await fetch(`${portal.baseURL}/api/members/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: member.email, password: member.password }) })
      const { token } = (await response.json()) as { token: string }
      cookies[visitor] = `municipia-member=${token}`
    }
  })

  const cells = PAGES.flatMap(([path, expected]) => VISITORS.map((visitor, column) => ({ path: path('{slug}', '{file}'), visitor, expected: expected[column] as string, build: path })))

  it.each(cells)('$path for $visitor: $expected', async ({ build, visitor, expected }) => {
    const url = `${portal.baseURL}${build(ARTICLE.slug, documentFile)}`
    const response = await fetch(url, { headers: cookies[visitor] ? { Cookie: cookies[visitor], 'Sec-Fetch-Site': 'same-origin' } : {}, redirect: 'manual' })
    let outcome: string
    if (response.status === 307 || response.status === 303 || response.status === 302) outcome = response.headers.get('location')?.includes('/account/log-in') ? 'login' : `redirect ${response.headers.get('location')}`
    else if (response.status === 403 || response.status === 404) outcome = 'refused'
    else if (response.status !== 200) outcome = `status ${response.status}`
    else {
      const body = await response.text()
      const isFile = url.includes('/api/documents/file/')
      outcome = isFile ? (body.startsWith('%PDF-') ? 'full' : 'not a PDF') : body.includes(BODY) || body.includes(documentFile) ? 'full' : body.includes(ARTICLE.title) ? 'teaser' : 'page'
    }
    expect(outcome).toBe(expected)
  })
})
