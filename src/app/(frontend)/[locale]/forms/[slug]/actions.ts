'use server'

import { redirect } from 'next/navigation'

import { isLocale, type Locale } from '@/domain/locale/locales'
import { questionsOf, type FormBlock } from '@/domain/forms/questions'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'
import { fieldErrorsOf, publicMessageOf } from '@/lib/payloadErrors'

import type { AnswerValues, QuestionnaireState } from './formState'

/**
 * Stores one answer to a questionnaire or contact form through the Local API with the visitor's
 * own access, so the same checks apply as on every API: open, allowed, once per member, answers
 * that fit their questions. Problems come back by question, in the page's language.
 */
export async function submitAnswers(_previous: QuestionnaireState, data: FormData): Promise<QuestionnaireState> {
  const asked = String(data.get('locale') ?? '')
  const locale: Locale = isLocale(asked) ? asked : 'cs'
  const t = partnershipMessagesFor(locale).forms
  const payload = await payloadClient()
  const member = await currentMember()
  const formId = String(data.get('form') ?? '')
  const form = await payload.findByID({ collection: 'forms', id: formId, depth: 0, locale, overrideAccess: false, user: member, disableErrors: true }).catch(() => null)
  if (!form) return { values: {}, errors: [], refusal: t.refusals['members-only'] }

  const values: AnswerValues = {}
  for (const question of questionsOf(form.fields as FormBlock[] | null | undefined)) {
    const given = data.getAll(question.name).filter((value): value is string => typeof value === 'string')
    values[question.name] = question.kind === 'multiple-choice' ? given : (given[0] ?? '')
  }
  const submissionData = Object.entries(values).map(([field, value]) => ({ field, value }))
  try {
    await payload.create({
      collection: 'form-submissions',
      // Multiple choices travel as lists; the submission hook checks and stores them one per line.
      data: { form: form.id, submissionData: submissionData as never },
      locale,
      user: member,
      overrideAccess: false,
      context: { publicLocale: locale },
    })
  } catch (error) {
    const refused = fieldErrorsOf(error)
    if (refused) {
      // Two answers of one member at the same moment: the unique key refuses the second.
      if (refused.some((fieldError) => fieldError.path === 'memberFormKey')) return { values, errors: [], refusal: t.refusals['already-answered'] }
      return { values, errors: refused.map((fieldError) => ({ field: fieldError.path, message: fieldError.message })) }
    }
    const refusal = publicMessageOf(error)
    if (refusal) return { values, errors: [], refusal }
    throw error
  }
  if (form.confirmationType === 'redirect' && form.redirect?.url) redirect(form.redirect.url)
  return { values: {}, errors: [], done: true }
}
