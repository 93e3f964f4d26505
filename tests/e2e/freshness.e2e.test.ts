import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../support/browser'
import { runScript, startPortal, type RunningPortal } from '../support/portal'
import { adminApi, SEED_ADMIN, type AdminApi } from './support/api'
import { freePort, startFrontCache, type RunningFrontCache } from './support/frontCache'

const SECRET = process.env.PAYLOAD_SECRET || 'e2e-secret'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})
const VISIBLE_WITHIN_MS = 2000

/** Polls a public page until it shows (or no longer shows) a text; resolves with the milliseconds it took. */
async function timeUntil(address: string, check: (status: number, body: string) => boolean, timeoutMs: number): Promise<number> {
  const startedAt = performance.now()
  for (;;) {
    const response = await fetch(address)
    if (check(response.status, await response.text())) return performance.now() - startedAt
    if (performance.now() - startedAt > timeoutMs) throw new Error(`${address} did not change within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * SQL statements the portal printed (DATABASE_LOG_QUERIES=true), leaving out the job runner's
 * look at its queue every two seconds and its bookkeeping of scheduled tasks (the registrations'
 * anonymisation), which happen whether anyone visits or not.
 */
const pageQueries = (log: string) => log.split('\n').filter((line) => line.startsWith('Query: ') && !/"payload_jobs(_stats)?"/.test(line))

describe('freshness: the front cache and Next serve published content at once and the database rests', () => {
  let portal: RunningPortal
  let front: RunningFrontCache
  let browser: Browser
  let api: AdminApi

  beforeAll(async () => {
    const frontPort = await freePort()
    const frontURL = `http://127.0.0.1:${frontPort}`
    portal = await startPortal(
      {
        // Visitors and editors use the front cache; publishing purges it, and it forwards the purge to the portal.
        PUBLIC_SERVER_URL: frontURL,
        CACHE_PURGE_URLS: frontURL,
        // The job runner looks for due scheduled publications every two seconds instead of every minute.
        JOBS_AUTORUN_CRON: '*/2 * * * * *',
        DATABASE_LOG_QUERIES: 'true',
      },
      { seed: true },
    )
    front = await startFrontCache({ port: frontPort, upstreams: [portal.baseURL], secret: SECRET, env: { PAGE_CACHE_SECONDS: '300' } })
    api = await adminApi(portal.baseURL)
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await front?.stop()
    await portal?.stop()
  })

  /** What the portal and the front cache said, for a failure message. */
  const diagnose = async (error: Error): Promise<never> => {
    const log = portal.output().split('\n').filter((line) => !line.startsWith('Query: ')).slice(-40).join('\n')
    throw new Error(`${error.message}\nFront cache: ${JSON.stringify(await front.stats())}\nPortal output:\n${log}`)
  }

  const newsArticle = async (title: string) =>
    api.create<{ slug: string }>('news', {
      title,
      excerpt: `${title} – perex`,
      content: paragraph(title),
      association: (await api.find('associations', 'where[shortName][equals]=SMO ČR&limit=1')).docs[0]?.id,
      audience: 'public',
      _status: 'published',
    })

  const signedInContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${front.url}/admin/login`)
    await page.getByLabel('Email').fill(SEED_ADMIN.email)
    await page.getByLabel('Password').fill(SEED_ADMIN.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(`${front.url}/admin`)
    await page.close()
    return context
  }

  it('shows a change published in the admin on the detail page and the list within 2 seconds', async () => {
    const article = await newsArticle('Výzva k podání návrhů na ocenění obcí')
    const detail = `${front.url}/news/${article.slug}`
    const list = `${front.url}/news`
    for (const address of [detail, list, detail, list]) await fetch(address).then((response) => response.text())
    expect((await fetch(detail)).headers.get('x-cache')).toBe('HIT')

    const context = await signedInContext()
    const page = await context.newPage()
    await page.goto(`${front.url}/admin/collections/news/${article.id}`)
    const newTitle = 'Výzva k podání návrhů na ocenění obcí – prodloužený termín'
    await page.locator('#field-title').fill(newTitle)
    const saved = page.waitForResponse((response) => response.url().includes(`/api/news/${article.id}`) && response.request().method() === 'PATCH' && response.ok())
    await page.getByRole('button', { name: 'Publish changes' }).click()
    // The slug follows the title, so the article moves to a new address and the old one goes.
    await saved
    const [onDetail, onList] = await Promise.all([
      timeUntil(detail, (status, body) => status === 200 && body.includes(newTitle), 10_000),
      timeUntil(list, (status, body) => status === 200 && body.includes(newTitle), 10_000),
    ]).catch(diagnose)
    console.log(`Published in the admin: visible on the detail page after ${onDetail.toFixed(0)} ms and on the list after ${onList.toFixed(0)} ms (through the front cache).`)
    expect(onDetail).toBeLessThan(VISIBLE_WITHIN_MS)
    expect(onList).toBeLessThan(VISIBLE_WITHIN_MS)
    await context.close()
  }, 120_000)

  it('takes an unpublished or deleted article off its page, the list and the feed within 2 seconds', async () => {
    const unpublished = await newsArticle('Změna úředních hodin kanceláře')
    const deleted = await newsArticle('Pozvánka na setkání tajemníků')
    const pages = [`${front.url}/news/${unpublished.slug}`, `${front.url}/news/${deleted.slug}`, `${front.url}/news`, `${front.url}/en/news/rss.xml`]
    for (const address of [...pages, ...pages]) await fetch(address).then((response) => response.text())

    await api.update('news', unpublished.id, { _status: 'draft' })
    await api.remove('news', deleted.id)
    const timings = await Promise.all([
      timeUntil(pages[0] ?? '', (status) => status === 404, 10_000),
      timeUntil(pages[1] ?? '', (status) => status === 404, 10_000),
      timeUntil(pages[2] ?? '', (_, body) => !body.includes(unpublished.slug) && !body.includes(deleted.slug), 10_000),
      timeUntil(pages[3] ?? '', (_, body) => !body.includes(unpublished.slug) && !body.includes(deleted.slug), 10_000),
    ]).catch(diagnose)
    console.log(`Unpublished / deleted: gone after ${timings.map((ms) => ms.toFixed(0)).join(' / ')} ms (detail, detail, list, feed).`)
    for (const ms of timings) expect(ms).toBeLessThan(VISIBLE_WITHIN_MS)
  }, 60_000)

  it('publishes a scheduled article without anyone doing anything', async () => {
    const title = 'Naplánovaná zpráva o výsledcích dotazníku'
    const draft = await api.create<{ slug: string }>('news', {
      title,
      excerpt: 'Vyjde sama.',
      content: paragraph(title),
      association: (await api.find('associations', 'where[shortName][equals]=SMO ČR&limit=1')).docs[0]?.id,
      audience: 'public',
      _status: 'draft',
    })
    const list = `${front.url}/news`
    await fetch(list).then((response) => response.text())
    expect(await (await fetch(list)).text()).not.toContain(title)

    const publishAt = new Date(Date.now() + 3000)
    await runScript('tests/e2e/support/schedulePublish.ts', [String(draft.id), publishAt.toISOString()], { DATABASE_URI: portal.databaseUri, PAYLOAD_SECRET: SECRET })
    await timeUntil(list, (_, body) => body.includes(title), 60_000).catch(diagnose)
    const late = Date.now() - publishAt.getTime()
    console.log(`Scheduled for ${publishAt.toISOString()}: on the list ${late} ms after the scheduled time (job runner every 2 s).`)
    expect((await fetch(`${front.url}/news/${draft.slug}`)).status).toBe(200)
  }, 180_000)

  it('answers anonymous views of cached pages without a single database query', async () => {
    const pages = ['/', '/news', '/events', '/en/events/vii-krajowy-kongres-sekretarzy', '/pl/municipalities', '/sitemap.xml']
    for (const pagePath of [...pages, ...pages]) await fetch(`${front.url}${pagePath}`).then((response) => response.text())
    const before = { log: portal.output().length, stats: await front.stats() }
    for (let round = 0; round < 20; round += 1) {
      for (const pagePath of pages) expect((await fetch(`${front.url}${pagePath}`)).headers.get('x-cache'), pagePath).toBe('HIT')
    }
    const after = await front.stats()
    const queriesThroughFrontCache = pageQueries(portal.output().slice(before.log))
    console.log(`${pages.length * 20} anonymous views through the front cache: ${after.upstreamRequests - before.stats.upstreamRequests} requests reached the portal, ${queriesThroughFrontCache.length} database queries.`)
    expect(after.upstreamRequests - before.stats.upstreamRequests).toBe(0)
    expect(queriesThroughFrontCache).toEqual([])

    // Without the front cache, Next renders each view again, but from its data cache.
    for (const pagePath of pages) await fetch(`${portal.baseURL}${pagePath}`).then((response) => response.text())
    const mark = portal.output().length
    for (let round = 0; round < 5; round += 1) {
      for (const pagePath of pages) expect((await fetch(`${portal.baseURL}${pagePath}`)).status, pagePath).toBe(200)
    }
    const queriesDirect = pageQueries(portal.output().slice(mark))
    console.log(`${pages.length * 5} anonymous views straight to Next (data cache only): ${queriesDirect.length} database queries.`)
    expect(queriesDirect).toEqual([])
  }, 120_000)

  it('lets an editor preview a draft while visitors keep the published version', async () => {
    const article = await newsArticle('Termíny školení pro nové zastupitele')
    const detail = `${front.url}/news/${article.slug}`
    await fetch(detail).then((response) => response.text())
    const draftTitle = 'Termíny školení pro nové zastupitele (návrh doplněný o Plzeň)'
    await api.saveDraft('news', article.id, { title: draftTitle }, 'cs')
    const { docs } = await api.find<{ title: string }>('news', `where[id][equals]=${article.id}&draft=false&depth=0`)
    expect(docs[0]?.title).toBe('Termíny školení pro nové zastupitele')

    const context = await signedInContext()
    const page = await context.newPage()
    await page.goto(`${front.url}/preview?collection=news&id=${article.id}&locale=cs`)
    await page.waitForURL(detail)
    await expect(page.locator('h1').textContent()).resolves.toBe(draftTitle)
    await context.close()

    const visitor = await (await fetch(detail)).text()
    expect(visitor).toContain('Termíny školení pro nové zastupitele')
    expect(visitor).not.toContain(draftTitle)
    const stranger = await fetch(`${front.url}/preview?collection=news&id=${article.id}&locale=cs`, { redirect: 'manual' })
    expect(stranger.status).toBe(401)
  }, 120_000)

  it('shows the page in the admin’s live preview and refreshes it when the editor saves a draft', async () => {
    const article = await newsArticle('Dotazník k dopravní obslužnosti')
    const context = await signedInContext()
    const page = await context.newPage()
    await page.goto(`${front.url}/admin/collections/news/${article.id}`)
    await expect(page.locator('#preview-button').getAttribute('href')).resolves.toBe(`${front.url}/preview?collection=news&id=${article.id}&locale=cs`)
    const toggle = page.locator('#live-preview-toggler')
    if ((await toggle.getAttribute('title')) !== 'Exit Live Preview') await toggle.click()
    const preview = page.frameLocator('iframe')
    await expect(preview.locator('h1').textContent()).resolves.toBe('Dotazník k dopravní obslužnosti')

    const draftTitle = 'Dotazník k dopravní obslužnosti – návrh otázek'
    await page.locator('#field-title').fill(draftTitle)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await preview.locator('h1', { hasText: draftTitle }).waitFor({ timeout: 10_000 })
    await context.close()
    expect(await (await fetch(`${front.url}/news/${article.slug}`)).text()).not.toContain(draftTitle)
  }, 120_000)
})
