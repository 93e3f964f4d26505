import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { MembersOnlyPrompt } from '@/app/(frontend)/[locale]/account/_components/MembersOnlyPrompt'
import { AskContactForm } from '@/components/goodPractices/AskContactForm'
import { PracticeList } from '@/components/goodPractices/PracticeList'
import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'
import { registerMessagesFor } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { currentViewer, isApprovedMemberViewer, isStaffViewer, type Viewer } from '@/lib/viewer'
import type { Document, GoodPractice, Municipality } from '@/payload-types'

import '../../../register.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** The practice as this reader may see it (staff preview drafts; members see members-only practices). */
const findPractice = async (payload: Payload, slug: string, locale: Locale, viewer: Viewer) =>
  (
    await payload.find({
      collection: 'good-practices',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      draft: isStaffViewer(viewer),
      populate: {
        municipalities: { name: true, slug: true },
        documents: { title: true, url: true, filename: true, filesize: true },
        'good-practices': { title: true, slug: true, summary: true, topics: true, year: true, audience: true, municipality: true },
      },
      locale,
      overrideAccess: false,
      user: viewer,
    })
  ).docs[0]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const payload = await payloadClient()
  const practice = await findPractice(payload, slug, locale, await currentViewer(payload))
  return practice ? { title: practice.title, description: practice.summary ?? undefined } : {}
}

const RELATED_COUNT = 4

export default async function PracticePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const t = registerMessagesFor(locale)
  const payload = await payloadClient()
  const viewer = await currentViewer(payload)
  const practice = await findPractice(payload, slug, locale, viewer)
  if (!practice) notFound()
  const municipality = practice.municipality as Municipality

  // Related practices chosen by the editors first, then other published practices on the same topics.
  const chosen = (practice.relatedPractices ?? []).filter((related): related is GoodPractice => typeof related === 'object' && related !== null)
  const sameTopics =
    chosen.length >= RELATED_COUNT || (practice.topics ?? []).length === 0
      ? []
      : (
          await payload.find({
            collection: 'good-practices',
            where: {
              and: [
                { _status: { equals: 'published' } },
                { topics: { in: practice.topics } },
                { id: { not_in: [practice.id, ...chosen.map((related) => related.id)] } },
              ],
            },
            sort: '-publishedAt',
            limit: RELATED_COUNT - chosen.length,
            depth: 1,
            select: { title: true, slug: true, summary: true, topics: true, year: true, audience: true, municipality: true },
            populate: { municipalities: { name: true } },
            locale,
            overrideAccess: false,
            user: viewer,
          })
        ).docs
  const related = [...chosen, ...sameTopics]
  const attachments = (practice.attachments ?? []).filter((document): document is Document => typeof document === 'object' && document !== null)

  return (
    <article>
      <p>
        <a href={localizedPath(locale, '/good-practices')}>{t.practice.backToLibrary}</a>
      </p>
      <h1>{practice.title}</h1>
      <div className="two-columns">
        <div className="rich-text">
          {practice.summary ? <p className="lead">{practice.summary}</p> : null}
          {/* The body is required, so without it this is the teaser of a members-only practice (field access withheld the rest). */}
          {practice.content ? (
            <>
              <h2>{t.practice.content}</h2>
              <RichText data={practice.content} />
            </>
          ) : (
            <MembersOnlyPrompt locale={locale} member={viewer?.collection === 'members' ? viewer : null} returnTo={`/good-practices/${slug}`} />
          )}
          {practice.results ? (
            <>
              <h2>{t.practice.results}</h2>
              <RichText data={practice.results} />
            </>
          ) : null}
          {practice.costsAndFunding ? (
            <>
              <h2>{t.practice.costsAndFunding}</h2>
              <RichText data={practice.costsAndFunding} />
            </>
          ) : null}
          {attachments.length > 0 ? (
            <>
              <h2>{t.practice.attachments}</h2>
              <ul>
                {attachments.map((document) => (
                  <li key={document.id}>
                    <a href={document.url ?? '#'}>{document.title || document.filename}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <aside>
          <dl className="facts">
            <dt>{t.practice.municipality}</dt>
            <dd>
              <a href={localizedPath(locale, `/municipalities/${municipality.slug ?? ''}`)}>{municipality.name}</a>
            </dd>
            <dt>{t.practice.topics}</dt>
            <dd>{(practice.topics ?? []).map((topic) => t.topics[topic]).join(', ')}</dd>
            {practice.year ? (
              <>
                <dt>{t.practice.year}</dt>
                <dd>{practice.year}</dd>
              </>
            ) : null}
            {practice.sizeBand ? (
              <>
                <dt>{t.practice.sizeBand}</dt>
                <dd>{t.sizeBands[practice.sizeBand]}</dd>
              </>
            ) : null}
            {practice.contact?.name ? (
              <>
                <dt>{t.practice.contact}</dt>
                <dd>{practice.contact.name}</dd>
              </>
            ) : null}
          </dl>
          {isApprovedMemberViewer(viewer) ? (
            <AskContactForm
              practice={String(practice.id)}
              locale={locale}
              labels={{ heading: t.practice.ask, intro: t.practice.askIntro, message: t.practice.message, send: t.practice.send }}
            />
          ) : (
            <section aria-labelledby="ask-heading">
              <h2 id="ask-heading">{t.practice.ask}</h2>
              <p>{t.practice.askLogin}</p>
            </section>
          )}
        </aside>
      </div>
      {related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">{t.practice.related}</h2>
          <PracticeList practices={related} locale={locale} headingLevel={3} />
        </section>
      ) : null}
    </article>
  )
}
