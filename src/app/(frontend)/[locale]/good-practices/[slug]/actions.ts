'use server'

import { askContact } from '@/collections/GoodPractices/askContact'
import { isLocale } from '@/domain/locale/locales'
import { registerMessagesFor } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { approvedMemberOf, currentViewer } from '@/site/viewer'

export type AskState =
  | { status: 'idle' }
  | { status: 'sent'; message: string }
  | { status: 'error'; message: string; field: 'message' | null; text: string }

/** The ask-the-contact form: e-mails the question to the practice's contact; the address stays on the server. */
export async function askContactAction(_previous: AskState, form: FormData): Promise<AskState> {
  const requested = String(form.get('locale') ?? '')
  const locale = isLocale(requested) ? requested : 'cs'
  const t = registerMessagesFor(locale)
  const text = String(form.get('message') ?? '')
  const payload = await payloadClient()
  const member = approvedMemberOf(await currentViewer())
  const outcome = await askContact(payload, {
    practice: String(form.get('practice') ?? ''),
    member,
    message: text,
    locale,
  })
  if (outcome.sent) return { status: 'sent', message: t.practice.sent }
  switch (outcome.reason) {
    case 'invalid': {
      const { problem } = outcome
      const message = problem.problem === 'tooLong' ? t.question.tooLong(problem.max) : t.question[problem.problem]
      return { status: 'error', message, field: 'message', text }
    }
    case 'notMember':
      return { status: 'error', message: t.question.loginRequired, field: null, text }
    case 'noContact':
      return { status: 'error', message: t.practice.noContact, field: null, text }
    case 'notFound':
    case 'mailFailed':
      return { status: 'error', message: t.practice.sendFailed, field: null, text }
  }
}
