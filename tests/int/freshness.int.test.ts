import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { flushPurges } from '@/cache/schedulePurge'
import { purgeToken } from '@/domain/cache/purgeToken'

import { createAssociation, createMember, createMunicipality, ref, richText } from './fixtures'
import { getTestPayload } from './harness'

type Purge = { body: { tags: string[]; paths: string[] }; authorization: string | undefined; receivedAt: number; publicTitles: string[] }

/**
 * Stands in for the portal's purge endpoint and front caches: records every purge, and what an
 * anonymous reader could see in the database at the moment it arrived.
 */
describe('publishing, unpublishing and deleting send one purge to the caches after the commit', () => {
  let payload: Payload
  let receiver: Server
  let association: number
  const purges: Purge[] = []

  const waitForPurge = async (count = 1, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs
    while (purges.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    return purges
  }
  const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let text = ''
      req.on('data', (chunk: Buffer) => (text += chunk.toString()))
      req.on('end', async () => {
        const { docs } = await payload.find({ collection: 'news', overrideAccess: false, depth: 0, pagination: false, select: { title: true } })
        purges.push({ body: JSON.parse(text), authorization: req.headers.authorization, receivedAt: Date.now(), publicTitles: docs.map((doc) => doc.title) })
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    process.env.CACHE_PURGE_URLS = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
    payload = await getTestPayload()
    association = ref((await createAssociation(payload)).id)
    await flushPurges()
  })

  beforeEach(async () => {
    await flushPurges()
    purges.length = 0
  })

  afterAll(async () => {
    delete process.env.CACHE_PURGE_URLS
    receiver.closeAllConnections()
    await new Promise((resolve) => receiver.close(resolve))
  })

  const publishNews = (title: string, slug: string) =>
    payload.create({ collection: 'news', data: { title, slug, content: richText(title), association, audience: 'public', _status: 'published' } })

  it('expires the collection and the article in every language, once the article is readable', async () => {
    await publishNews('Nový termín sněmu', 'novy-termin-snemu')
    const [purge] = await waitForPurge()
    expect(purge?.body.tags).toEqual(['collection:news'])
    expect(purge?.body.paths).toEqual(['/news/novy-termin-snemu', '/pl/news/novy-termin-snemu', '/en/news/novy-termin-snemu'])
    expect(purge?.authorization).toBe(`Bearer ${purgeToken(process.env.PAYLOAD_SECRET ?? '')}`)
    expect(purge?.publicTitles).toContain('Nový termín sněmu')
    await quietFor(200)
    expect(purges).toHaveLength(1)
  })

  it('sends nothing for a draft that was never published', async () => {
    await payload.create({ collection: 'news', data: { title: 'Koncept', content: richText('x'), association, audience: 'public', _status: 'draft' } })
    await quietFor(300)
    expect(purges).toEqual([])
  })

  it('expires the old address when an article is unpublished or deleted, after it has gone', async () => {
    const article = await publishNews('Úřední hodiny', 'uredni-hodiny')
    await waitForPurge()
    purges.length = 0
    await payload.update({ collection: 'news', id: article.id, data: { _status: 'draft' } })
    const [unpublished] = await waitForPurge()
    expect(unpublished?.body.paths).toContain('/en/news/uredni-hodiny')
    expect(unpublished?.publicTitles).not.toContain('Úřední hodiny')

    purges.length = 0
    await payload.delete({ collection: 'news', id: article.id })
    const [deleted] = await waitForPurge()
    expect(deleted?.body).toEqual({ tags: ['collection:news'], paths: ['/news/uredni-hodiny', '/pl/news/uredni-hodiny', '/en/news/uredni-hodiny'] })
  })

  it('expires the layout of every page when the site-wide alert changes', async () => {
    await payload.updateGlobal({ slug: 'site-alert', data: { enabled: true, level: 'warning', message: 'Výpadek e-mailu' } })
    const [purge] = await waitForPurge()
    expect(purge?.body).toEqual({ tags: ['global:site-alert'], paths: [] })
  })

  it('sends the changes of one operation as one purge (a membership, the municipality and the member count it recounts)', async () => {
    const municipality = await createMunicipality(payload)
    await waitForPurge()
    await quietFor(200)
    purges.length = 0
    await payload.create({ collection: 'memberships', data: { municipality: municipality.id, association, status: 'active' } })
    const all = await waitForPurge()
    await quietFor(200)
    expect(all).toHaveLength(1)
    expect(all[0]?.body.tags.sort()).toEqual(['collection:associations', 'collection:memberships', 'collection:municipalities'])
  })

  it('sends nothing when accounts change, which no public page shows', async () => {
    const municipality = await createMunicipality(payload)
    await waitForPurge()
    purges.length = 0
    await createMember(payload, municipality.id)
    await quietFor(300)
    expect(purges).toEqual([])
  })

  it('expires the pages when the job queue publishes a scheduled article', async () => {
    const draft = await payload.create({ collection: 'news', data: { title: 'Naplánováno', slug: 'naplanovano', content: richText('x'), association, audience: 'public', _status: 'draft' } })
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'news', value: ref(draft.id) } }, waitUntil: new Date(Date.now() - 1000) })
    await payload.jobs.run()
    const [purge] = await waitForPurge()
    expect(purge?.body.paths).toContain('/news/naplanovano')
    expect(purge?.publicTitles).toContain('Naplánováno')
  })

  it('keeps the write when the caches cannot be reached', async () => {
    process.env.CACHE_PURGE_URLS = 'http://127.0.0.1:9'
    try {
      const article = await publishNews('Bez spojení s cache', 'bez-spojeni')
      await flushPurges()
      const stored = await payload.findByID({ collection: 'news', id: article.id, overrideAccess: false })
      expect(stored.title).toBe('Bez spojení s cache')
    } finally {
      process.env.CACHE_PURGE_URLS = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
    }
    expect(purges).toEqual([])
  })
})
