import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../support/browser'
import { startMailbox, type Mailbox } from '../support/mailbox'
import { createOpenEvent, firstAdmin, type PortalAdmin } from '../support/portalAdmin'
import { startPortal, type RunningPortal } from '../support/portal'

/**
 * Registration in a real browser against the production build: the form without JavaScript
 * (errors beside the fields, input kept), the secret link's page, the waitlist moving up, and the
 * e-mails the server's own jobs queue sends to the loopback SMTP server.
 */
describe('registering for an event in Chromium', () => {
  let mailbox: Mailbox
  let portal: RunningPortal
  let browser: Browser
  let admin: PortalAdmin
  let event: { id: string | number; slug: string }

  beforeAll(async () => {
    mailbox = await startMailbox()
    portal = await startPortal(mailbox.env)
    browser = await launchBrowser()
    admin = await firstAdmin(portal.baseURL)
    event = await createOpenEvent(admin, { title: 'Krajské setkání Plzeň', capacity: 1 })
    await admin.call('POST', 'municipalities', { ruianCode: '554791', name: 'Plzeň', district: 'Plzeň-město', kind: 'statutory-city' })
  })

  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
    await mailbox?.stop()
  })

  it('works without JavaScript: names the wrong fields, keeps the input, then confirms and e-mails the secret link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${portal.baseURL}/events/${event.slug}/register`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Krajské setkání Plzeň')

    await page.getByLabel('Jméno a příjmení').fill('<b>Jana</b>')
    await page.getByLabel('E-mail').fill('jana.novakova(at)plzen.eu')
    await page.getByLabel('Obec', { exact: true }).fill('Plzeň')
    await page.getByLabel('Bezbariérový přístup nebo strava').fill('Bezlepková strava')
    await page.getByRole('button', { name: 'Zaregistrovat se' }).click()

    const summary = page.getByRole('alert')
    await expect(summary.textContent()).resolves.toContain('Formulář obsahuje chyby')
    await expect(page.locator('#name-error').textContent()).resolves.toBe('Jméno a příjmení: může obsahovat jen písmena, mezery, tečky, čárky, apostrofy a pomlčky.')
    await expect(page.locator('#email-error').textContent()).resolves.toContain('E-mail: zadejte platnou e-mailovou adresu')
    await expect(page.locator('#consent-error').textContent()).resolves.toContain('bez souhlasu vás nemůžeme zaregistrovat')
    expect(await page.getByLabel('Bezbariérový přístup nebo strava').inputValue()).toBe('Bezlepková strava')
    expect(await page.getByLabel('Obec', { exact: true }).inputValue()).toBe('Plzeň')
    expect(await page.getByLabel('Jméno a příjmení').getAttribute('aria-invalid')).toBe('true')

    await page.getByLabel('Jméno a příjmení').fill('Jana Nováková')
    await page.getByLabel('E-mail').fill('jana.novakova@plzen.test.eu')
    await page.getByRole('checkbox', { name: 'Souhlas se zpracováním osobních údajů' }).check()
    await page.getByRole('button', { name: 'Zaregistrovat se' }).click()

    await page.waitForURL(/\/registrations\/[A-Za-z0-9_-]{43}\?registered=1$/)
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('Hotovo, jste zaregistrováni. Potvrzení jsme poslali e-mailem.')
    const manageUrl = page.url().replace('?registered=1', '')

    // The server's own queue sends the confirmation within seconds.
    const mail = await mailbox.waitFor((candidate) => candidate.envelopeTo.includes('jana.novakova@plzen.test.eu'), 45_000)
    expect(mail.subject).toBe('Potvrzení registrace: Krajské setkání Plzeň')
    expect(mail.text).toContain(manageUrl.replace(portal.baseURL, ''))
    expect(mail.attachments.map((attachment) => attachment.contentType)).toContain('text/calendar')
    await context.close()
  })

  it('puts the next registrant on the waitlist and gives them the seat when the first cancels through the link', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.baseURL}/en/events/${event.slug}/register`)
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('The event is full; you can join the waitlist.')
    await page.getByLabel('Full name').fill('John Smith')
    await page.getByLabel('E-mail').fill('john.smith@example.test')
    await page.getByLabel('Other organisation').fill('Regional Office')
    await page.getByRole('checkbox', { name: 'Consent to the processing of personal data' }).check()
    await page.getByRole('button', { name: 'Join the waitlist' }).click()
    await page.waitForURL(/\/en\/registrations\//)
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('you are number 1 on the waitlist')

    const confirmation = await mailbox.waitFor((candidate) => candidate.envelopeTo.includes('jana.novakova@plzen.test.eu'), 45_000)
    const janasLink = /https?:\/\/\S+\/registrations\/[A-Za-z0-9_-]{43}/.exec(confirmation.text ?? '')?.[0]
    if (!janasLink) throw new Error('no secret link in the confirmation')
    await page.goto(janasLink)
    await page.getByRole('button', { name: 'Zrušit registraci' }).click()
    await page.waitForURL(/cancelled=1/)
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('Registrace je zrušena.')

    const promoted = await mailbox.waitFor((candidate) => candidate.envelopeTo.includes('john.smith@example.test') && candidate.subject === 'A seat is free: Krajské setkání Plzeň', 45_000)
    expect(promoted.text).toContain('Dear John Smith,')
    await page.close()
  })

  it('offers municipalities from the register as you type', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.baseURL}/events/${event.slug}/register`)
    await page.getByLabel('Obec', { exact: true }).pressSequentially('plz', { delay: 50 })
    await page.waitForFunction(() => document.querySelectorAll('#municipality-suggestions option').length > 0)
    const offered = await page.$$eval('#municipality-suggestions option', (options) => options.map((option) => (option as HTMLOptionElement).value))
    expect(offered).toEqual(['Plzeň (Plzeň-město)'])
    await page.close()
  })

  it('lets the organiser print the attendance list, and nobody else', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${portal.baseURL}/registrations/attendance?target=event:${event.id}`)
    await expect(page.locator('main').textContent()).resolves.toContain('Prezenční listinu vidí jen pracovníci pořádajícího svazu')
    // Signed in to the admin: the session cookie the admin's login sets.
    await context.addCookies([{ name: 'payload-token', value: admin.token, url: portal.baseURL }])
    await page.goto(`${portal.baseURL}/registrations/attendance?target=event:${event.id}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Prezenční listina: Krajské setkání Plzeň')
    const rows = await page.$$eval('.attendance-list tbody tr', (trs) => trs.map((tr) => (tr.children[1] as HTMLElement).innerText))
    expect(rows).toEqual(['John Smith'])
    await context.close()
  })
})
