import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readGoodPractice } from '@/collections/GoodPractices/queries'
import { DocumentLinks } from '@/components/site/DocumentLinks'
import { isWithheldTeaser, MembersOnlyTeaser } from '@/components/site/MembersOnlyTeaser'
import { PageIntro } from '@/components/site/PageIntro'
import { RichTextContent } from '@/components/site/RichTextContent'
import { localizedPath } from '@/domain/locale/locales'
import { paths, withQuery } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Document, GoodPractice, Municipality } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const practice = await readGoodPractice(await currentViewer(), locale, slug)
  if (!practice) return {}
  return pageMetadata({ locale, path: paths.goodPractice(slug), title: practice.meta?.title || practice.title, description: practice.meta?.description || practice.summary })
}

export default async function GoodPracticePage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const viewer = await currentViewer()
  const practice = await readGoodPractice(viewer, locale, slug)
  if (!practice) notFound()
  const municipality = populated<Municipality>(practice.municipality)
  const attachments = populatedAll<Document>(practice.attachments)
  const related = populatedAll<GoodPractice>(practice.relatedPractices).filter((other) => other._status === 'published')
  return (
    <article className="detail">
      <PageIntro locale={locale} trail={[{ label: t.goodPractices.title, path: paths.goodPractices }, { label: practice.title }]} title={practice.title} lead={practice.summary}>
        <ul className="tags" aria-label={t.goodPractices.topic}>
          {practice.topics.map((topic) => (
            <li key={topic}>
              <a href={localizedPath(locale, withQuery(paths.goodPractices, { topic }))}>{t.options.topic[topic]}</a>
            </li>
          ))}
        </ul>
      </PageIntro>
      <div className="detail-layout">
        <div className="detail-main">
          {isWithheldTeaser(practice, practice.content) ? (
            <MembersOnlyTeaser locale={locale} viewer={viewer} returnTo={paths.goodPractice(slug)} />
          ) : (
            <RichTextContent data={practice.content} locale={locale} />
          )}
          {practice.results ? (
            <section aria-labelledby="results-heading">
              <h2 id="results-heading">{t.goodPractices.results}</h2>
              <RichTextContent data={practice.results} locale={locale} />
            </section>
          ) : null}
          {practice.costsAndFunding ? (
            <section aria-labelledby="costs-heading">
              <h2 id="costs-heading">{t.goodPractices.costsAndFunding}</h2>
              <RichTextContent data={practice.costsAndFunding} locale={locale} />
            </section>
          ) : null}
          {attachments.length > 0 ? (
            <section aria-labelledby="attachments-heading">
              <h2 id="attachments-heading">{t.goodPractices.attachments}</h2>
              <DocumentLinks documents={attachments} locale={locale} />
            </section>
          ) : null}
          {related.length > 0 ? (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">{t.goodPractices.related}</h2>
              <ul className="link-list">
                {related.map((other) => (
                  <li key={other.id}>
                    <a href={localizedPath(locale, paths.goodPractice(other.slug ?? ''))}>{other.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="detail-aside" aria-label={t.goodPractices.contact}>
          <dl className="facts">
            {municipality ? (
              <>
                <dt>{t.goodPractices.municipality}</dt>
                <dd>
                  <a href={localizedPath(locale, paths.municipality(municipality.slug ?? ''))}>{municipality.name}</a>
                </dd>
              </>
            ) : null}
            {practice.sizeBand ? (
              <>
                <dt>{t.goodPractices.sizeBand}</dt>
                <dd>{t.options.sizeBand[practice.sizeBand]}</dd>
              </>
            ) : null}
            {practice.year ? (
              <>
                <dt>{t.goodPractices.year}</dt>
                <dd>{practice.year}</dd>
              </>
            ) : null}
            {practice.contact?.email ? (
              <>
                <dt>{t.people.email}</dt>
                <dd>
                  <a href={`mailto:${practice.contact.email}`}>{practice.contact.email}</a>
                </dd>
              </>
            ) : null}
            {practice.contact?.phone ? (
              <>
                <dt>{t.people.phone}</dt>
                <dd>{practice.contact.phone}</dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  )
}
