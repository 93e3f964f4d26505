import { describe, expect, it } from 'vitest'

import { sitemapEntries } from './sitemap'

describe('sitemapEntries', () => {
  const entries = sitemapEntries('https://portal.example', {
    news: [{ slug: 'ks-2025', updatedAt: '2025-02-14T08:00:00.000Z' }, { slug: null }],
    pages: [{ slug: 'kontakty', breadcrumbs: [{ url: '/o-nas' }, { url: '/o-nas/kontakty' }] }],
  })

  it('lists a document under its Czech address with Polish, English and x-default alternates', () => {
    expect(entries).toContainEqual({
      url: 'https://portal.example/news/ks-2025',
      lastModified: '2025-02-14T08:00:00.000Z',
      alternates: {
        languages: {
          cs: 'https://portal.example/news/ks-2025',
          pl: 'https://portal.example/pl/news/ks-2025',
          en: 'https://portal.example/en/news/ks-2025',
          'x-default': 'https://portal.example/news/ks-2025',
        },
      },
    })
  })
  it('lists the fixed pages and block pages under their parents, and skips documents without an address', () => {
    const urls = entries.map((entry) => entry.url)
    expect(urls).toEqual(expect.arrayContaining(['https://portal.example/', 'https://portal.example/municipalities', 'https://portal.example/o-nas/kontakty']))
    expect(urls.filter((url) => url.includes('/news/'))).toHaveLength(1)
  })
})
