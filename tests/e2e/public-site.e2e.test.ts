import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import ICAL from 'ical.js'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../support/browser'
import { runScript, startPortal, type RunningPortal } from '../support/portal'
import { adminApi } from './support/api'
import { axeViolations, describeViolations } from './support/axe'
import { createPublicSiteFixtures, type PublicSiteFixtures } from './support/publicSiteFixtures'
import { pageTemplates } from './support/templates'

const LOCALES = [
  { code: 'cs', prefix: '' },
  { code: 'pl', prefix: '/pl' },
  { code: 'en', prefix: '/en' },
] as const

/** Two districts of the register (Rokycany in the Plzeň region, Blansko in South Moravia): enough for several directory pages. */
const DISTRICTS = ['Rokycany', 'Blansko']

describe('the public website in Chromium, on the demo content', () => {
  let portal: RunningPortal
  let browser: Browser
  let fixtures: PublicSiteFixtures
  const csvFile = path.join(tmpdir(), `municipia-e2e-register-${process.pid}.csv`)

  const url = (prefix: string, pagePath: string) => `${portal.baseURL}${prefix}${prefix && pagePath === '/' ? '' : pagePath}`

  beforeAll(async () => {
    portal = await startPortal({ JOBS_AUTORUN: 'false' }, { seed: true })
    fixtures = await createPublicSiteFixtures(await adminApi(portal.baseURL))
    const [header, ...rows] = readFileSync(path.resolve('../shared/data/cz-municipalities.csv'), 'utf8').trim().split('\n')
    writeFileSync(csvFile, [header, ...rows.filter((row) => DISTRICTS.includes(row.split(',')[3] ?? ''))].join('\n'))
    await runScript('src/scripts/import-municipalities.ts', [csvFile], { DATABASE_URI: portal.databaseUri, PUBLIC_SERVER_URL: portal.baseURL, JOBS_AUTORUN: 'false' })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
    rmSync(csvFile, { force: true })
  })

  const open = async (address: string): Promise<{ page: Page; status: number }> => {
    const page = await browser.newPage()
    const response = await page.goto(address)
    return { page, status: response?.status() ?? 0 }
  }

  it('scans every page template in Czech, Polish and English with axe-core: no WCAG 2.2 AA violation', async () => {
    const templates = pageTemplates(fixtures)
    const problems: string[] = []
    const page = await browser.newPage()
    for (const { code, prefix } of LOCALES) {
      for (const template of templates) {
        const address = url(prefix, template.path)
        const response = await page.goto(address)
        expect(response?.status(), address).toBe(template.status)
        expect(await page.getAttribute('html', 'lang'), address).toBe(code)
        expect(await page.locator('h1').count(), `${address} has one h1`).toBe(1)
        const violations = await axeViolations(page)
        if (violations.length > 0) problems.push(describeViolations(address, violations))
      }
    }
    await page.close()
    console.log(`axe-core (WCAG 2.2 AA) scanned ${templates.length} templates × 3 languages: ${templates.map((template) => template.template).join(', ')}`)
    expect(problems.join('\n\n')).toBe('')
  }, 600_000)

  it('would report a page that breaks the rules (the scanner itself works)', async () => {
    const page = await browser.newPage()
    await page.setContent('<html><body><img src="x.png"><a href="#"></a></body></html>')
    const ids = (await axeViolations(page)).map((violation) => violation.id)
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang', 'link-name']))
    await page.close()
  })

  it('switches language on the same page and keeps the visitor where they were', async () => {
    const { page } = await open(url('', `/events/${fixtures.event.slug}`))
    await expect(page.locator('h1').textContent()).resolves.toBe(fixtures.event.title.cs)
    await page.getByRole('link', { name: 'Polski' }).click()
    await page.waitForURL(url('/pl', `/events/${fixtures.event.slug}`))
    expect(await page.getAttribute('html', 'lang')).toBe('pl')
    await expect(page.locator('h1').textContent()).resolves.toBe(fixtures.event.title.pl)
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(url('/en', `/events/${fixtures.event.slug}`))
    await expect(page.locator('h1').textContent()).resolves.toBe(fixtures.event.title.en)

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'News' }).click()
    await page.waitForURL(url('/en', '/news'))
    await page.getByRole('link', { name: 'Čeština' }).click()
    await page.waitForURL(url('', '/news'))
    await expect(page.locator('h1').textContent()).resolves.toBe('Aktuality')
    await page.close()
  })

  it('shows dates in the language of the reader and the time zone of the venue', async () => {
    const congress = '/events/vii-krajowy-kongres-sekretarzy'
    const dates = await Promise.all(
      LOCALES.map(async ({ prefix }) => {
        const { page } = await open(url(prefix, congress))
        const text = await page.locator('.facts time').first().textContent()
        await page.close()
        return text
      }),
    )
    // 6–7 September 2026 in Warsaw, 09:00 local time (07:00 UTC).
    expect(dates[0]).toMatch(/^6\. září 2026 v 9:00\s–\s7\. září 2026 v 14:00$/)
    expect(dates[1]).toMatch(/^6 września 2026 09:00\s–\s7 września 2026 14:00$/)
    expect(dates[2]).toMatch(/^6 September 2026 at 09:00\s–\s7 September 2026 at 14:00$/)
  })

  it('finds municipalities and content without accents, and never lists members-only or draft content', async () => {
    const { page } = await open(url('', '/'))
    await page.getByRole('searchbox', { name: 'Hledat na webu' }).fill('plzen')
    await page.getByRole('button', { name: 'Hledat' }).click()
    await page.waitForURL(url('', '/search?q=plzen'))
    const results = page.locator('main .results a')
    await expect(results.allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Plzeň', 'Krajské setkání 2025 – Plzeň', 'Sdružení měst a obcí Plzeňského kraje']),
    )
    await expect(page.getByRole('heading', { level: 2, name: 'Obce' }).isVisible()).resolves.toBe(true)

    for (const hidden of [fixtures.membersOnlyNews.title, fixtures.membersOnlyPractice.title, fixtures.draftNews.title]) {
      await page.goto(url('', `/search?q=${encodeURIComponent(hidden)}`))
      await expect(page.locator('main .results a').count(), hidden).resolves.toBe(0)
    }
    await page.goto(url('/en', '/search?q=smart'))
    await expect(results.allTextContents()).resolves.toEqual([fixtures.event.title.en])
    await page.close()
  })

  // The member portal's access rules list members-only documents to visitors as teasers (title and
  // summary); their body stays with approved members. Drafts are nowhere.
  it('shows visitors members-only content only as a teaser, and drafts nowhere: lists, detail pages, feeds and the sitemap', async () => {
    const bodies = [fixtures.membersOnlyNews.body, fixtures.membersOnlyPractice.body]
    for (const { pagePath, title, body } of [
      { pagePath: `/news/${fixtures.membersOnlyNews.slug}`, ...fixtures.membersOnlyNews },
      { pagePath: `/good-practices/${fixtures.membersOnlyPractice.slug}`, ...fixtures.membersOnlyPractice },
    ]) {
      const response = await fetch(url('', pagePath))
      expect(response.status, pagePath).toBe(200)
      const html = await response.text()
      expect(html, pagePath).toContain(title)
      expect(html, pagePath).toContain('Celý text je jen pro schválené členy. Přihlaste se.')
      expect(html, pagePath).not.toContain(body)
    }
    const draft = await fetch(url('', `/news/${fixtures.draftNews.slug}`))
    expect(draft.status).toBe(404)
    expect(await draft.text()).not.toContain(fixtures.draftNews.title)
    for (const pagePath of ['/news', '/good-practices', '/news/rss.xml', '/news/atom.xml', '/sitemap.xml']) {
      const text = await (await fetch(url('', pagePath))).text()
      for (const body of bodies) expect(text, pagePath).not.toContain(body)
      expect(text, pagePath).not.toContain(fixtures.draftNews.title)
      expect(text, pagePath).not.toContain(fixtures.draftNews.slug)
    }
  })

  it('filters the municipality directory by region, district, kind, membership and name, 24 per page', async () => {
    const { page } = await open(url('', '/municipalities'))
    const names = () => page.locator('table.data-table tbody th a').allTextContents()
    const count = () => page.locator('.result-count').textContent()

    await expect(names()).resolves.toHaveLength(24)
    await page.getByRole('navigation', { name: 'Stránkování' }).getByRole('link', { name: 'Další' }).click()
    await page.waitForURL(/page=2/)
    const secondPage = await names()
    expect(secondPage).toHaveLength(24)

    await page.goto(url('', '/municipalities'))
    await page.getByLabel('Kraj').selectOption({ label: 'Plzeňský kraj' })
    await page.getByRole('search', { name: 'Adresář obcí' }).getByRole('button', { name: 'Hledat' }).click()
    await page.waitForURL(/region=43/)
    expect(await count()).toMatch(/^Nalezeno 69 obcí/)
    const plzenRegion = await names()
    expect(plzenRegion.slice(0, 3)).toEqual(['Bezděkov', 'Břasy', 'Březina'])

    await page.getByLabel('Název obce').fill('radnice')
    await page.getByRole('search', { name: 'Adresář obcí' }).getByRole('button', { name: 'Hledat' }).click()
    await page.waitForURL(/q=radnice/)
    await expect(names()).resolves.toEqual(['Radnice'])

    await page.goto(url('', '/municipalities?q=usti'))
    await expect(names()).resolves.toEqual(['Ústí nad Labem'])
    await page.goto(url('', '/municipalities?kind=statutory-city&region=43'))
    await expect(names()).resolves.toEqual(['Plzeň'])
    await page.goto(url('', '/municipalities?district=Blansko&kind=statutory-city'))
    await expect(count()).resolves.toMatch(/^Žádná obec neodpovídá hledání/)
    await page.goto(url('', '/municipalities?member=smo-cr'))
    await expect(names()).resolves.toEqual(['Brno', 'Jihlava', 'Kladno', 'Olomouc', 'Pardubice', 'Plzeň', 'Praha', 'Ústí nad Labem'])
    await page.close()
  })

  it('shows an event with its notice, programme, speakers, partners by tier, patron, venue and registration', async () => {
    const { page } = await open(url('', `/events/${fixtures.event.slug}`))
    await expect(page.locator('.notices').textContent()).resolves.toContain('Parkování je zajištěno v areálu')
    const rows = page.locator('.programme tbody tr')
    await expect(rows.count()).resolves.toBe(4)
    await expect(rows.nth(1).textContent()).resolves.toContain('Ing. Jana Horáková')
    await expect(page.locator('.partner-tier h3').allTextContents()).resolves.toEqual(['Generální partneři', 'Mediální partneři'])
    await expect(page.locator('.partner-tier-media img').getAttribute('alt')).resolves.toBe('')
    await expect(page.locator('.patrons').textContent()).resolves.toContain('Ing. Martin Kukla')
    await expect(page.getByRole('link', { name: 'Zobrazit na mapě' }).getAttribute('href')).resolves.toContain('mlat=49.7417')
    await expect(page.getByRole('link', { name: 'Registrovat se' }).getAttribute('href')).resolves.toBe(`/events/${fixtures.event.slug}/register`)
    const cover = page.locator('img.cover')
    await expect(cover.getAttribute('width')).resolves.toBe('1600')
    await expect(cover.getAttribute('src')).resolves.toMatch(/-1600x900\.webp$/)

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'Event', name: fixtures.event.title.cs, location: { '@type': 'Place', name: 'Depo2015' }, offers: { '@type': 'Offer', price: 0 } })
    expect(jsonLd.startDate).toMatch(/T09:00:00\+0[12]:00$/)
    await page.close()
  })

  it('lists the seven regional meetings of the series in one table', async () => {
    const { page } = await open(url('/en', '/event-series/krajska-setkani-2025'))
    const rows = page.locator('table.series-table tbody tr')
    await expect(rows.count()).resolves.toBe(7)
    await expect(rows.first().textContent()).resolves.toContain('Pardubice')
    await expect(page.locator('table.series-table').textContent()).resolves.toContain('Venue change')
    await page.close()
  })

  it('offers RSS and Atom feeds per language and calendar files that calendar programs accept', async () => {
    const rss = await fetch(url('/en', '/news/rss.xml'))
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const rssText = await rss.text()
    expect(rssText).toContain('<language>en</language>')
    expect(rssText).toContain('Regional meetings 2025: key information for municipalities')
    const atom = await (await fetch(url('', '/news/atom.xml'))).text()
    expect(atom).toContain('Krajská setkání 2025: klíčové informace pro obce a města')

    const { page } = await open(url('', `/events/${fixtures.event.slug}`))
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Přidat do kalendáře (.ics)' }).click()])
    expect(download.suggestedFilename()).toBe(`${fixtures.event.slug}.ics`)
    const downloaded = readFileSync((await download.path()) ?? '', 'utf8')
    await page.close()
    const calendar = new ICAL.Component(ICAL.parse(downloaded))
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined)
    expect(event.summary).toBe(fixtures.event.title.cs)
    expect(event.startDate.zone?.tzid).toBe('Europe/Prague')
    expect(event.startDate.hour).toBe(9)
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Prague')

    const upcoming = await fetch(url('/en', '/events/calendar.ics'))
    expect(upcoming.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const upcomingEvents = new ICAL.Component(ICAL.parse(await upcoming.text())).getAllSubcomponents('vevent').map((entry) => entry.getFirstPropertyValue('summary'))
    expect(upcomingEvents).toContain(fixtures.event.title.en)
    expect(upcomingEvents).not.toContain('Regional meeting 2025 – Plzeň')

    const term = await (await fetch(url('', `/seminars/${fixtures.seminar.slug}/terms/${fixtures.seminar.termIds[0]}/calendar.ics`))).text()
    expect(term).toMatch(/DTSTART;TZID=Europe\/Prague:\d{8}T090000/)
  })

  it('describes pages for search engines and social networks: sitemap with alternates, robots, OpenGraph, hreflang', async () => {
    const sitemap = await (await fetch(`${portal.baseURL}/sitemap.xml`)).text()
    expect(sitemap).toContain(`<loc>${portal.baseURL}/events/${fixtures.event.slug}</loc>`)
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="pl" href="${portal.baseURL}/pl/events/${fixtures.event.slug}" />`)
    expect(sitemap).toContain(`<loc>${portal.baseURL}/municipalities/lipuvka</loc>`)
    const robots = await (await fetch(`${portal.baseURL}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${portal.baseURL}/sitemap.xml`)
    expect(robots).toContain('Disallow: /admin')

    const { page } = await open(url('/en', '/news/krajska-setkani-2025-klicove-informace'))
    const meta = (selector: string) => page.locator(selector).getAttribute('content')
    await expect(meta('meta[property="og:title"]')).resolves.toBe('Regional meetings 2025: key information for municipalities')
    await expect(meta('meta[property="og:locale"]')).resolves.toBe('en_GB')
    await expect(meta('meta[property="og:type"]')).resolves.toBe('article')
    await expect(meta('meta[name="twitter:card"]')).resolves.toBe('summary')
    await expect(page.locator('link[rel="alternate"][hreflang="cs"]').getAttribute('href')).resolves.toBe(`${portal.baseURL}/news/krajska-setkani-2025-klicove-informace`)
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe(`${portal.baseURL}/en/news/rss.xml`)
    const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: 'Regional meetings 2025: key information for municipalities', inLanguage: 'en-GB' })
    await page.close()
  })

  it('can be used with the keyboard alone: skip link, search, results, and a visible focus', async () => {
    const { page } = await open(url('/en', '/'))
    const active = () => page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', id: document.activeElement?.id ?? '', name: (document.activeElement as HTMLInputElement).name ?? '' }))
    const tabUntil = async (matches: (element: Awaited<ReturnType<typeof active>>) => boolean, reverse = false) => {
      for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab')
        if (matches(await active())) return presses + 1
      }
      throw new Error('The keyboard never reached the element')
    }

    await page.keyboard.press('Tab')
    await expect(active()).resolves.toMatchObject({ text: 'Skip to content' })
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid')
    await page.keyboard.press('Enter')
    await expect(active()).resolves.toMatchObject({ id: 'content' })

    await tabUntil((element) => element.name === 'q', true)
    await page.keyboard.type('kladno')
    await page.keyboard.press('Enter')
    await page.waitForURL(url('/en', '/search?q=kladno'))
    await tabUntil((element) => element.text === 'Kladno')
    await page.keyboard.press('Enter')
    await page.waitForURL(url('/en', '/municipalities/kladno-kladno'))
    await expect(page.locator('h1').textContent()).resolves.toBe('Kladno')
    await page.close()
  })

  it('shows the site-wide alert on every page, in the reader’s language where it is translated', async () => {
    for (const [prefix, message] of [
      ['', fixtures.alert.cs],
      ['/pl', fixtures.alert.cs],
      ['/en', fixtures.alert.en],
    ] as const) {
      const { page } = await open(url(prefix, '/events'))
      await expect(page.getByRole('status').filter({ hasText: message }).isVisible(), prefix).resolves.toBe(true)
      await page.close()
    }
  })

  it('shows breadcrumbs of the page tree and a 404 page in the visitor’s language', async () => {
    const { page } = await open(url('', fixtures.childPage.path))
    await expect(page.getByRole('navigation', { name: 'Drobečková navigace' }).getByRole('link').allTextContents()).resolves.toEqual(['Úvod', fixtures.childPage.parentTitle])
    await page.close()
    const { page: missing, status } = await open(url('/pl', '/nie-ma-takiej-strony'))
    expect(status).toBe(404)
    await expect(missing.locator('h1').textContent()).resolves.toBe('Nie znaleziono strony')
    await missing.close()
  })
})
