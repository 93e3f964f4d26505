import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readGoodPractice, readPracticesOnTopics } from '@/collections/GoodPractices/queries'
import { AskContactForm } from '@/components/goodPractices/AskContactForm'
import { PracticeList } from '@/components/goodPractices/PracticeList'
import { DocumentLinks } from '@/components/site/DocumentLinks'
import { isWithheldTeaser, MembersOnlyTeaser } from '@/components/site/MembersOnlyTeaser'
import { PageIntro } from '@/components/site/PageIntro'
import { RichTextContent } from '@/components/site/RichTextContent'
import { localizedPath } from '@/domain/locale/locales'
import { paths, withQuery } from '@/domain/site/paths'
import { registerMessagesFor } from '@/i18n/registerMessages'
import type { Document, GoodPractice, Municipality } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { approvedMemberOf, currentViewer } from '@/site/viewer'

import '../../../register.css'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const practice = await readGoodPractice(await currentViewer(), locale, slug)
  if (!practice) return {}
  return pageMetadata({ locale, path: paths.goodPractice(slug), title: practice.meta?.title || practice.title, description: practice.meta?.description || practice.summary })
}

export default async function PracticePage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = registerMessagesFor(locale)
  const viewer = await currentViewer()
  const practice = await readGoodPractice(viewer, locale, slug)
  if (!practice) notFound()
  const municipality = populated<Municipality>(practice.municipality)

  // Related practices chosen by the editors first, then other published practices on the same topics.
  const chosen = populatedAll<GoodPractice>(practice.relatedPractices).filter((related) => related._status === 'published')
  const sameTopics = await readPracticesOnTopics(viewer, locale, practice.topics ?? [], [practice.id, ...chosen.map((related) => related.id)])
  const related = [...chosen, ...sameTopics]
  const attachments = populatedAll<Document>(practice.attachments)
  const member = approvedMemberOf(viewer)

  return (
    <article className="detail">
      <PageIntro locale={locale} trail={[{ label: t.library.title, path: paths.goodPractices }, { label: practice.title }]} title={practice.title} lead={practice.summary}>
        <ul className="tags" aria-label={t.practice.topics}>
          {(practice.topics ?? []).map((topic) => (
            <li key={topic}>
              <a href={localizedPath(locale, withQuery(paths.goodPractices, { topic }))}>{t.topics[topic]}</a>
            </li>
          ))}
        </ul>
      </PageIntro>
      <div className="detail-layout">
        <div className="detail-main">
          {isWithheldTeaser(practice, practice.content) ? (
            <MembersOnlyTeaser locale={locale} viewer={viewer} returnTo={paths.goodPractice(slug)} />
          ) : (
            <section aria-labelledby="content-heading">
              <h2 id="content-heading">{t.practice.content}</h2>
              <RichTextContent data={practice.content} locale={locale} />
            </section>
          )}
          {practice.results ? (
            <section aria-labelledby="results-heading">
              <h2 id="results-heading">{t.practice.results}</h2>
              <RichTextContent data={practice.results} locale={locale} />
            </section>
          ) : null}
          {practice.costsAndFunding ? (
            <section aria-labelledby="costs-heading">
              <h2 id="costs-heading">{t.practice.costsAndFunding}</h2>
              <RichTextContent data={practice.costsAndFunding} locale={locale} />
            </section>
          ) : null}
          {attachments.length > 0 ? (
            <section aria-labelledby="attachments-heading">
              <h2 id="attachments-heading">{t.practice.attachments}</h2>
              <DocumentLinks documents={attachments} locale={locale} />
            </section>
          ) : null}
        </div>
        <aside className="detail-aside" aria-label={t.practice.contact}>
          <dl className="facts">
            {municipality ? (
              <>
                <dt>{t.practice.municipality}</dt>
                <dd>
                  <a href={localizedPath(locale, paths.municipality(municipality.slug ?? ''))}>{municipality.name}</a>
                </dd>
              </>
            ) : null}
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
          {member ? (
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
