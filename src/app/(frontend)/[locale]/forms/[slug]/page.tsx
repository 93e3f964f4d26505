import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { createLocalReq } from 'payload'

import { refusalFor } from '@/collections/Forms/checkSubmission'
import { isLocale, type Locale } from '@/domain/locale/locales'
import { questionsOf, type FormBlock } from '@/domain/forms/questions'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'

import { QuestionnaireForm } from './QuestionnaireForm'

import '@/components/partnerships/partnerships.css'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function findForm(locale: Locale, slug: string) {
  const payload = await payloadClient()
  const member = await currentMember()
  const { docs } = await payload.find({
    collection: 'forms',
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    user: member,
    overrideAccess: false,
  })
  return { payload, member, form: docs[0] }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { form } = await findForm(locale, slug)
  return form ? { title: form.title } : {}
}

/**
 * A questionnaire or contact form, read with the visitor's access: the public gets what
 * rendering needs (never the e-mail settings), members-only forms only members. A visitor who
 * may not answer (closed, members only, already answered) is told why before typing anything.
 */
export default async function FormPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const t = partnershipMessagesFor(locale).forms
  const { payload, member, form } = await findForm(locale, slug)
  if (!form) {
    // A members-only questionnaire exists but is hidden from this visitor: say so rather than "not found".
    const hidden = await payload.count({ collection: 'forms', where: { and: [{ slug: { equals: slug } }, { audience: { equals: 'members' } }] } })
    if (hidden.totalDocs === 0) notFound()
    return (
      <article>
        <p className="notice">{t.membersOnly}</p>
      </article>
    )
  }
  const req = await createLocalReq({ user: member ?? undefined }, payload)
  const refusal = await refusalFor(req, form)
  const closesAt = form.closesAt ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Prague' }).format(new Date(form.closesAt)) : null

  return (
    <article>
      <h1>{form.title}</h1>
      {form.intro ? <p className="lead">{form.intro}</p> : null}
      {closesAt && refusal !== 'closed' ? <p>{t.closesAt(closesAt)}</p> : null}
      {refusal ? (
        <p className="notice">{refusal === 'closed' ? t.closed : refusal === 'members-only' ? t.membersOnly : t.alreadyAnswered}</p>
      ) : (
        <QuestionnaireForm
          formId={String(form.id)}
          locale={locale}
          questions={questionsOf(form.fields as FormBlock[] | null | undefined)}
          submitLabel={form.submitButtonLabel ?? ''}
          confirmation={form.confirmationMessage ? <RichText data={form.confirmationMessage} /> : null}
        />
      )}
    </article>
  )
}
