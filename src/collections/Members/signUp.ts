import { ValidationError, type Payload } from 'payload'

import { enforceRateLimit, TooManyAttempts } from '@/access/accountSecurity'
import type { Problems } from '@/domain/accounts/formProblems'
import { isLocale } from '@/domain/locale/locales'
import { signUpProblems, type MemberPosition, type SignUpField, type SignUpInput } from '@/domain/members/signUp'
import type { Member } from '@/payload-types'

import { accountMail, memberLocale, portalLink, sendAccountMail } from './emails'

export type SignUpOutcome =
  | { status: 'accepted' }
  | { status: 'invalid'; problems: Problems<SignUpField> }
  | { status: 'too-many-attempts'; retryAfterSeconds: number }

/**
 * Creates a member account and lets Payload send the verification e-mail. Whether or not the
 * address already has an account, the visitor gets the same answer; the owner of an existing
 * account gets an e-mail instead, so sign-up never tells a stranger who is registered.
 */
export async function signUpMember(payload: Payload, input: SignUpInput, headers: Headers): Promise<SignUpOutcome> {
  const problems = signUpProblems(input)
  if (Object.keys(problems).length > 0) return { status: 'invalid', problems }
  const email = input.email.trim().toLowerCase()

  try {
    await enforceRateLimit('signUp', { headers, account: email })
  } catch (error) {
    if (error instanceof TooManyAttempts) return { status: 'too-many-attempts', retryAfterSeconds: error.data.retryAfterSeconds }
    throw error
  }

  const municipality = await payload.findByID({ collection: 'municipalities', id: input.municipality, depth: 0, select: { name: true }, disableErrors: true })
  if (!municipality) return { status: 'invalid', problems: { municipality: { kind: 'not-found' } } }

  const existing = await payload.find({ collection: 'members', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs[0]) {
    await tellOwnerOfExistingAccount(payload, existing.docs[0])
    return { status: 'accepted' }
  }

  try {
    await payload.create({
      collection: 'members',
      // Only what a visitor may choose: approval and verification are never taken from the form.
      data: {
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        email,
        password: input.password,
        municipality: municipality.id,
        position: input.position as MemberPosition,
        phone: input.phone.trim() || undefined,
        preferredLanguage: isLocale(input.preferredLanguage) ? input.preferredLanguage : 'cs',
        approvalStatus: 'pending',
      },
      overrideAccess: true,
    })
  } catch (error) {
    // Two sign-ups with one address at the same moment: the second one meets the unique index.
    if (error instanceof ValidationError && error.data.errors.some((fieldError) => fieldError.path === 'email')) return { status: 'accepted' }
    throw error
  }
  return { status: 'accepted' }
}

async function tellOwnerOfExistingAccount(payload: Payload, member: Member): Promise<void> {
  const locale = memberLocale(member)
  const mail = accountMail(
    locale,
    `${member.firstName} ${member.lastName}`,
    (messages) => ({ subject: messages.existingSubject, body: messages.existingBody }),
    portalLink(payload, locale, '/account/log-in'),
  )
  await sendAccountMail({ payload }, member.email, mail)
}
