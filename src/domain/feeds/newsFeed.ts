import { Feed } from 'feed'

export type FeedArticle = {
  title: string
  url: string
  summary?: string | null
  publishedAt?: string | null
  updatedAt: string
  categories: string[]
  image?: string | null
}

export type FeedChannel = {
  title: string
  description: string
  /** The news page the feed belongs to. */
  link: string
  rssUrl: string
  atomUrl: string
  language: string
}

/** RSS 2.0 and Atom 1.0 of the latest news of one language (the `feed` library writes both). */
export function buildNewsFeed(channel: FeedChannel, articles: readonly FeedArticle[]): Feed {
  const updated = articles.map((article) => article.updatedAt).sort().at(-1)
  const feed = new Feed({
    id: channel.link,
    title: channel.title,
    description: channel.description,
    link: channel.link,
    language: channel.language,
    updated: updated ? new Date(updated) : new Date(0),
    feedLinks: { rss: channel.rssUrl, atom: channel.atomUrl },
    generator: 'Municipia',
    copyright: channel.title,
    // Atom wants an author; RSS would want an e-mail address for it, so entries carry none.
    author: { name: channel.title },
  })
  for (const article of articles) {
    feed.addItem({
      title: article.title,
      id: article.url,
      link: article.url,
      description: article.summary ?? undefined,
      date: new Date(article.updatedAt),
      published: article.publishedAt ? new Date(article.publishedAt) : undefined,
      category: article.categories.map((name) => ({ name })),
      image: article.image ?? undefined,
    })
  }
  return feed
}
