import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { sameId } from '@/access/ids'
import { GoodPracticeForm } from '@/components/goodPractices/GoodPracticeForm'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { lexicalToPlainText } from '@/domain/richText/plainText'
import { registerMessagesFor } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { approvedMemberOf, currentViewer } from '@/site/viewer'

import '../../../../register.css'
import { formLabels } from '../formLabels'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: registerMessagesFor(locale).submission.reviseTitle, robots: { index: false } } : {}
}

/** A member revises their own submission while it waits for review or after changes were requested. */
export default async function ReviseGoodPracticePage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const t = registerMessagesFor(locale)
  const payload = await payloadClient()
  const viewer = approvedMemberOf(await currentViewer())
  if (!viewer) {
    return (
      <article>
        <h1>{t.submission.reviseTitle}</h1>
        <p className="notice">{t.submission.loginRequired}</p>
      </article>
    )
  }
  const { docs } = await payload.find({
    collection: 'good-practices',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    locale,
    overrideAccess: false,
    user: viewer,
  })
  // A member may read published practices of others too; only their own can be revised here.
  const practice = docs.find((doc) => sameId(doc.submittedBy, viewer.id))
  if (!practice) {
    return (
      <article>
        <h1>{t.submission.reviseTitle}</h1>
        <p className="notice error">{t.submission.notFound}</p>
      </article>
    )
  }
  const editable = practice.workflowStatus === 'submitted' || practice.workflowStatus === 'changes-requested'
  return (
    <article>
      <h1>{t.submission.reviseTitle}</h1>
      {!editable ? (
        <p className="notice">{t.submission.locked}</p>
      ) : (
        <>
          <p>{t.submission.reviseIntro}</p>
          {practice.reviewNote ? (
            <div className="notice">
              <h2>{t.submission.reviewNote}</h2>
              <p>{practice.reviewNote}</p>
            </div>
          ) : null}
          <GoodPracticeForm
            locale={locale}
            practice={String(practice.id)}
            labels={formLabels(t)}
            initial={{
              title: practice.title,
              topics: practice.topics ?? [],
              summary: practice.summary ?? '',
              content: lexicalToPlainText(practice.content),
              results: lexicalToPlainText(practice.results),
              costsAndFunding: lexicalToPlainText(practice.costsAndFunding),
              year: practice.year ? String(practice.year) : '',
              contactName: practice.contact?.name ?? '',
              contactEmail: practice.contact?.email ?? '',
              contactPhone: practice.contact?.phone ?? '',
              audience: practice.audience,
            }}
            afterSave={
              <p>
                <a href={localizedPath(locale, '/good-practices')}>{t.practice.backToLibrary}</a>
              </p>
            }
          />
        </>
      )}
    </article>
  )
}
