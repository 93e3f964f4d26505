import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { isLocale, type Locale } from '@/domain/locale/locales'
import type { SignUpField, SignUpInput } from '@/domain/members/signUp'
import { accountMessagesFor, describeProblem } from '@/i18n/accountMessages'

import { signUpMember } from './signUp'

const formValue = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '')

const FIELDS: SignUpField[] = ['firstName', 'lastName', 'email', 'password', 'municipality', 'position', 'phone', 'preferredLanguage']

/**
 * `POST /api/members/sign-up`: the one way to create a member account without being staff
 * (the collection's own create is for staff), answering alike for new and known addresses.
 */
export const signUpEndpoint: Endpoint = {
  path: '/sign-up',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const data: unknown = req.data
    const body = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
    // Only text and numbers are form values; anything else (a list, an object) counts as not filled
    // in, so validation names the field instead of String() failing on an object.
    const input = Object.fromEntries(FIELDS.map((field) => [field, formValue(body[field])])) as SignUpInput
    const locale: Locale = typeof body.locale === 'string' && isLocale(body.locale) ? body.locale : isLocale(input.preferredLanguage) ? input.preferredLanguage : 'cs'
    const messages = accountMessagesFor(locale)

    const outcome = await signUpMember(req.payload, input, req.headers)
    if (outcome.status === 'accepted') return Response.json({ message: messages.signUp.done })
    if (outcome.status === 'too-many-attempts') {
      return Response.json(
        { errors: [{ message: messages.errors.tooManyAttempts(Math.ceil(outcome.retryAfterSeconds / 60)) }] },
        { status: 429, headers: { 'Retry-After': String(outcome.retryAfterSeconds) } },
      )
    }
    const errors = Object.entries(outcome.problems).map(([field, problem]) => ({
      field,
      message: describeProblem(messages, messages.fields[field as SignUpField], problem),
    }))
    return Response.json({ errors }, { status: 400 })
  },
}
