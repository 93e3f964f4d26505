import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchSite } from '@/collections/Search/queries'
import { normalizeQuery } from '@/domain/search/siteSearch'
import { ANONYMOUS, type Viewer } from '@/site/viewer'

import { createAssociation, createMember, createMunicipality, createStaffUser, ref, validData } from './fixtures'
import { getTestPayload } from './harness'

/** Site search through the search plugin's index and the municipality register, as visitors and members use it. */
describe('site search', () => {
  let payload: Payload
  let association: number
  let member: Viewer

  const search = (viewer: Viewer, locale: 'cs' | 'pl' | 'en', query: string) => searchSite(viewer, locale, normalizeQuery(query))
  const titles = async (viewer: Viewer, locale: 'cs' | 'pl' | 'en', query: string) => (await search(viewer, locale, query)).hits.map((hit) => hit.title)

  beforeAll(async () => {
    process.env.CACHE_PURGE_URLS = 'none'
    payload = await getTestPayload()
    association = ref((await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id)
    const municipality = await createMunicipality(payload, { name: 'Plzeň', ruianCode: '554791' })
    await createMunicipality(payload, { name: 'Plzeňský Újezd' })
    member = { user: { ...(await createMember(payload, municipality.id)).doc, collection: 'members' }, draft: false }

    const news = await payload.create({
      collection: 'news',
      data: { ...validData.news({ association }, 'Krajské setkání v Plzni'), excerpt: 'Setkání starostů kraje.', _status: 'published' },
    })
    await payload.update({ collection: 'news', id: news.id, locale: 'en', data: { title: 'Regional meeting in Pilsen', content: validData.news({ association }).content } })
    await payload.create({ collection: 'news', data: { ...validData.news({ association }, 'Zápis z předsednictva v Plzni'), audience: 'members', _status: 'published' } })
    await payload.create({ collection: 'news', data: { ...validData.news({ association }, 'Koncept o Plzni'), _status: 'draft' } })
  })

  it('finds municipalities and documents without accents, ranked by the title', async () => {
    expect(await titles(ANONYMOUS, 'cs', 'plzen')).toEqual(['Sdružení obcí Plzeňského kraje', 'Plzeň', 'Plzeňský Újezd'])
    expect(await titles(ANONYMOUS, 'cs', 'plzni')).toEqual(['Krajské setkání v Plzni'])
    expect(await titles(ANONYMOUS, 'cs', 'PLZEŇSKÝ újezd')).toEqual(['Plzeňský Újezd'])
  })

  it('matches every language of a document and shows it in the reader’s language', async () => {
    const english = await search(ANONYMOUS, 'en', 'pilsen')
    expect(english.hits).toEqual([
      expect.objectContaining({ group: 'news', title: 'Regional meeting in Pilsen', path: '/news/krajske-setkani-v-plzni' }),
    ])
    const polish = await search(ANONYMOUS, 'pl', 'pilsen')
    expect(polish.hits.map((hit) => hit.title)).toEqual(['Krajské setkání v Plzni'])
  })

  it('shows members-only documents to members, never to visitors, and drafts to nobody', async () => {
    expect(await titles(ANONYMOUS, 'cs', 'predsednictva')).toEqual([])
    expect(await titles(member, 'cs', 'predsednictva')).toEqual(['Zápis z předsednictva v Plzni'])
    expect(await titles(member, 'cs', 'koncept')).toEqual([])
    const { docs } = await payload.find({ collection: 'search', overrideAccess: false, pagination: false })
    expect(docs.map((doc) => doc.title)).not.toContain('Zápis z předsednictva v Plzni')
  })

  it('drops a document from the results when it is unpublished or deleted', async () => {
    const news = await payload.create({ collection: 'news', data: { ...validData.news({ association }, 'Dotace na obnovu návsi'), _status: 'published' } })
    expect(await titles(ANONYMOUS, 'cs', 'navsi')).toEqual(['Dotace na obnovu návsi'])
    await payload.update({ collection: 'news', id: news.id, data: { _status: 'draft' } })
    expect(await titles(ANONYMOUS, 'cs', 'navsi')).toEqual([])
    await payload.update({ collection: 'news', id: news.id, data: { _status: 'published' } })
    await payload.delete({ collection: 'news', id: news.id })
    expect(await titles(ANONYMOUS, 'cs', 'navsi')).toEqual([])
  })

  it('asks for at least two characters and lets only admins change the index by hand', async () => {
    expect(await search(ANONYMOUS, 'cs', 'p')).toEqual({ hits: [], total: 0 })
    const editor = await createStaffUser(payload, 'editor', [association])
    const { docs } = await payload.find({ collection: 'search', limit: 1 })
    await expect(payload.update({ collection: 'search', id: docs[0]?.id ?? 0, data: { title: 'Podvržený výsledek' }, overrideAccess: false, user: editor.doc })).rejects.toThrow()
  })
})
