'use server'

import { submitGoodPractice, type SubmittedUpload } from '@/collections/GoodPractices/submit'
import type { SubmissionField, SubmissionInput, SubmissionProblem } from '@/domain/goodPractices/submission'
import { isLocale } from '@/domain/locale/locales'
import { registerMessagesFor, type RegisterMessages } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { approvedMemberOf, currentViewer } from '@/site/viewer'

export type FormValues = Omit<SubmissionInput, 'files'>

export type SubmissionState =
  | { status: 'idle' }
  | { status: 'saved'; message: string }
  | { status: 'error'; message: string; fieldErrors: Partial<Record<SubmissionField, string[]>>; values: FormValues }

const problemMessage = (t: RegisterMessages, problem: SubmissionProblem): string => {
  switch (problem.problem) {
    case 'tooLong':
      return t.submission.tooLong(problem.max)
    case 'badYear':
      return t.submission.badYear(problem.max)
    case 'badFile':
      return t.submission.badFile(problem.name)
    default:
      return t.submission[problem.problem]
  }
}

/** The member's submission form, new (`practice` empty) or revised; errors come back per field in the reader's language. */
export async function submitGoodPracticeAction(_previous: SubmissionState, form: FormData): Promise<SubmissionState> {
  const requested = String(form.get('locale') ?? '')
  const locale = isLocale(requested) ? requested : 'cs'
  const t = registerMessagesFor(locale)
  const text = (name: keyof FormValues) => String(form.get(name) ?? '')
  const values: FormValues = {
    title: text('title'),
    topics: form.getAll('topics').map(String),
    summary: text('summary'),
    content: text('content'),
    results: text('results'),
    costsAndFunding: text('costsAndFunding'),
    year: text('year'),
    contactName: text('contactName'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    audience: text('audience'),
  }
  // A file input left empty still sends one nameless, empty part.
  const files = form.getAll('attachments').filter((entry): entry is File => entry instanceof Blob && entry.size > 0)
  const uploads: SubmittedUpload[] = await Promise.all(
    files.map(async (file, index) => ({
      name: typeof file.name === 'string' && file.name !== '' ? file.name : `priloha-${index + 1}`,
      type: file.type,
      data: Buffer.from(await file.arrayBuffer()),
    })),
  )
  const practice = String(form.get('practice') ?? '')
  const payload = await payloadClient()
  const member = approvedMemberOf(await currentViewer())
  const outcome = await submitGoodPractice(payload, {
    member,
    input: { ...values, files: [] },
    uploads,
    locale,
    practice: practice === '' ? undefined : practice,
  })
  if (outcome.saved) return { status: 'saved', message: practice === '' ? t.submission.thanks : t.submission.revisedThanks }
  if ('problems' in outcome) {
    const fieldErrors: Partial<Record<SubmissionField, string[]>> = {}
    for (const problem of outcome.problems) (fieldErrors[problem.field] ??= []).push(problemMessage(t, problem))
    return { status: 'error', message: t.submission.errorsTitle, fieldErrors, values }
  }
  const message =
    outcome.reason === 'notMember'
      ? t.submission.loginRequired
      : outcome.reason === 'notEditable'
        ? t.submission.locked
        : outcome.reason === 'notFound'
          ? t.submission.notFound
          : t.submission.failed
  return { status: 'error', message, fieldErrors: {}, values }
}
