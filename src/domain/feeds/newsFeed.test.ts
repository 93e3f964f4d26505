import { describe, expect, it } from 'vitest'

import { buildNewsFeed } from './newsFeed'

const channel = {
  title: 'Municipia – aktuality',
  description: 'Aktuality svazů',
  link: 'https://portal.example/news',
  rssUrl: 'https://portal.example/news/rss.xml',
  atomUrl: 'https://portal.example/news/atom.xml',
  language: 'cs',
}
const article = {
  title: 'Krajská setkání 2025 & sněm <v Plzni>',
  url: 'https://portal.example/news/ks-2025',
  summary: 'Sedm setkání v březnu a dubnu.',
  publishedAt: '2025-02-14T08:00:00.000Z',
  updatedAt: '2025-02-15T10:00:00.000Z',
  categories: ['Akce'],
}

describe('buildNewsFeed', () => {
  it('writes an RSS 2.0 channel with escaped items, links and dates', () => {
    const rss = buildNewsFeed(channel, [article]).rss2()
    expect(rss).toContain('<rss version="2.0"')
    expect(rss).toContain('<language>cs</language>')
    expect(rss).toContain('<link>https://portal.example/news/ks-2025</link>')
    expect(rss).toContain('<title><![CDATA[Krajská setkání 2025 & sněm <v Plzni>]]></title>')
    expect(rss).toContain('<pubDate>Fri, 14 Feb 2025 08:00:00 GMT</pubDate>')
    expect(rss).toContain('href="https://portal.example/news/rss.xml"')
  })
  it('writes an Atom feed with the same entries', () => {
    const atom = buildNewsFeed(channel, [article]).atom1()
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    expect(atom).toContain('<id>https://portal.example/news/ks-2025</id>')
    expect(atom).toContain('<published>2025-02-14T08:00:00.000Z</published>')
    expect(atom).toContain('<updated>2025-02-15T10:00:00.000Z</updated>')
    expect(atom).toMatch(/<author>\s*<name>Municipia – aktuality<\/name>/)
  })
  it('is valid when there is no news yet', () => {
    expect(buildNewsFeed(channel, []).rss2()).toContain('<channel>')
  })
})
