import type { Metadata } from 'next'

import { formatDay } from '@/domain/events/formatEventDate'
import { localizedPath } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'

import { AccountNav } from '../_components/AccountNav'
import { MembersOnlyPrompt } from '../_components/MembersOnlyPrompt'
import { pageLocale } from '../_lib/page'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).membersOnly.title }
}

/**
 * Members-only news and documents. Everyone sees the list (titles and excerpts); what Payload's
 * field access withholds from visitors (article bodies, file URLs) is simply not there to show.
 */
export default async function MembersOnlyPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const member = await currentMember()
  const payload = await payloadClient()
  const asVisitor = { user: member ?? undefined, overrideAccess: false, locale, depth: 0 } as const

  const [news, documents] = await Promise.all([
    payload.find({
      collection: 'news',
      where: { audience: { equals: 'members' } },
      sort: '-publishedAt',
      limit: 30,
      select: { title: true, excerpt: true, publishedAt: true, slug: true },
      ...asVisitor,
    }),
    payload.find({
      collection: 'documents',
      where: { audience: { equals: 'members' } },
      sort: '-createdAt',
      limit: 50,
      // The URL is computed from the file name, so both are asked for.
      select: { title: true, description: true, url: true, filename: true },
      ...asVisitor,
    }),
  ])
  const approved = member?.approvalStatus === 'approved'

  return (
    <>
      {member ? <AccountNav locale={locale} current="members-only" /> : null}
      <h1>{t.membersOnly.title}</h1>
      <p>{t.membersOnly.intro}</p>
      {approved ? null : <MembersOnlyPrompt locale={locale} member={member} returnTo="/account/members-only" />}

      <section aria-labelledby="members-news">
        <h2 id="members-news">{t.membersOnly.news}</h2>
        {news.docs.length === 0 ? (
          <p>{t.membersOnly.noNews}</p>
        ) : (
          <ul className="cards">
            {news.docs.map((article) => (
              <li key={article.id} className="card">
                <span className="badge">{t.membersOnly.badge}</span>
                <h3>
                  <a href={localizedPath(locale, `/account/members-only/${article.slug}`)}>{article.title}</a>
                </h3>
                {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDay(article.publishedAt, locale)}</time> : null}
                {article.excerpt ? <p>{article.excerpt}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="members-documents">
        <h2 id="members-documents">{t.membersOnly.documents}</h2>
        {documents.docs.length === 0 ? (
          <p>{t.membersOnly.noDocuments}</p>
        ) : (
          <ul>
            {documents.docs.map((document) => (
              <li key={document.id}>
                <span className="badge">{t.membersOnly.badge}</span> {document.title}
                {document.url ? (
                  <>
                    {' – '}
                    <a href={document.url}>{t.membersOnly.download}</a>
                  </>
                ) : null}
                {document.description ? <p className="help">{document.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
