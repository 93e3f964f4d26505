import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatDay } from '@/domain/events/formatEventDate'
import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'
import type { Document } from '@/payload-types'

import { MembersOnlyPrompt } from '../../_components/MembersOnlyPrompt'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function findArticle(locale: Locale, slug: string) {
  const member = await currentMember()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'news',
    where: { and: [{ slug: { equals: slug } }, { audience: { equals: 'members' } }] },
    limit: 1,
    depth: 1,
    locale,
    user: member ?? undefined,
    overrideAccess: false,
  })
  return { member, article: docs[0] }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { article } = await findArticle(locale, slug)
  return article ? { title: article.title, description: article.excerpt ?? undefined } : {}
}

/** A members-only article: approved members read it whole, everyone else the teaser and a log-in prompt. */
export default async function MembersOnlyArticlePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const t = accountMessagesFor(locale)
  const { member, article } = await findArticle(locale, slug)
  if (!article) notFound()
  const attachments = (article.attachments ?? []).filter((attachment): attachment is Document => typeof attachment === 'object')

  return (
    <article>
      <p>
        <a href={localizedPath(locale, '/account/members-only')}>{t.membersOnly.back}</a>
      </p>
      <span className="badge">{t.membersOnly.badge}</span>
      <h1>{article.title}</h1>
      {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDay(article.publishedAt, locale)}</time> : null}
      {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
      {article.content ? (
        <>
          <RichText data={article.content} />
          {attachments.length > 0 ? (
            <section aria-labelledby="attachments">
              <h2 id="attachments">{t.membersOnly.attachments}</h2>
              <ul>
                {attachments.map((attachment) => (
                  <li key={attachment.id}>{attachment.url ? <a href={attachment.url}>{attachment.title}</a> : attachment.title}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : (
        <MembersOnlyPrompt locale={locale} member={member} returnTo={`/account/members-only/${slug}`} />
      )}
    </article>
  )
}
