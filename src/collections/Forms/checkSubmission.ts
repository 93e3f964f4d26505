import { APIError, ValidationError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { idOf } from '@/access/ids'
import { isApprovedMember, memberOf } from '@/access/roles'
import type { Locale } from '@/domain/locale/locales'
import { checkAnswers, type AnswerProblem } from '@/domain/forms/answers'
import { questionsOf, type FormBlock, type Question } from '@/domain/forms/questions'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { messageLocaleOf } from '@/lib/messageLocale'
import type { Form } from '@/payload-types'

export type SubmissionRefusal = 'closed' | 'members-only' | 'already-answered'

/** Why `req`'s user may not answer `form` now, if they may not. Also used by the page to explain before anyone types. */
export async function refusalFor(req: PayloadRequest, form: Pick<Form, 'id' | 'audience' | 'closesAt' | 'oneAnswerPerMember'>): Promise<SubmissionRefusal | null> {
  if (form.closesAt && new Date(form.closesAt) <= new Date()) return 'closed'
  if (form.audience === 'members' && !isApprovedMember(req)) return 'members-only'
  const member = memberOf(req)
  if (form.oneAnswerPerMember && member) {
    const { totalDocs } = await req.payload.count({
      collection: 'form-submissions',
      where: { and: [{ form: { equals: form.id } }, { member: { equals: member.id } }] },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) return 'already-answered'
  }
  return null
}

export function describeAnswerProblem(problem: AnswerProblem, question: Question | undefined, locale: Locale): string {
  const t = partnershipMessagesFor(locale).forms.problems
  const what =
    problem.kind === 'out-of-range' ? t['out-of-range'](problem.min, problem.max) : problem.kind === 'too-long' ? t['too-long'](problem.max) : t[problem.kind]
  return `${question?.label ?? problem.field}: ${what}`
}

/**
 * Guards every answer, whichever API it comes through: the form must be open and the caller
 * allowed to answer it (members only, once per member), and each answer must fit its question.
 * Stores the answers normalised, with the form's association for staff access and the member
 * who answered, whose (form, member) key is unique so two simultaneous answers cannot both land.
 */
export const checkSubmission: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const locale = messageLocaleOf(req)
  const formId = idOf(data.form)
  const form =
    formId === undefined
      ? null
      : await req.payload.findByID({ collection: 'forms', id: formId, depth: 0, req, overrideAccess: true, disableErrors: true, locale: req.locale ?? undefined }).catch(() => null)
  if (!form) throw new ValidationError({ collection: 'form-submissions', errors: [{ path: 'form', message: req.t('error:notFound') }], req }, req.t)

  const refusal = await refusalFor(req, form)
  if (refusal) throw new APIError(partnershipMessagesFor(locale).forms.refusals[refusal], refusal === 'members-only' ? 403 : 409, undefined, true)

  const questions = questionsOf(form.fields as FormBlock[] | null | undefined)
  const { problems, answers } = checkAnswers(questions, Array.isArray(data.submissionData) ? data.submissionData : [])
  if (problems.length > 0) {
    const errors = problems.map((problem) => ({
      path: problem.field,
      message: describeAnswerProblem(problem, questions.find((question) => question.name === problem.field), locale),
    }))
    throw new ValidationError({ collection: 'form-submissions', errors, req }, req.t)
  }

  const member = memberOf(req)
  return {
    ...data,
    submissionData: answers,
    association: idOf(form.association) ?? null,
    member: member?.id ?? null,
    // Left out rather than null: MongoDB's sparse unique index would treat two nulls as a clash.
    ...(form.oneAnswerPerMember && member ? { memberFormKey: `${form.id}:${member.id}` } : {}),
  }
}
