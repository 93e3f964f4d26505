'use server'

import { redirect } from 'next/navigation'
import {
  APIError,
  AuthenticationError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  LockedAuth,
  logoutOperation,
  UnverifiedEmail,
  ValidationError,
} from 'payload'

import { TooManyAttempts } from '@/access/accountSecurity'
import { idOf, type Ref } from '@/access/ids'
import type { MemberUser } from '@/access/roles'
import { requestEmailChange as startEmailChange, confirmEmailChange } from '@/collections/Members/emailChange'
import { CURRENT_PASSWORD_CONFIRMED } from '@/collections/Members/hooks/guardAccountChanges'
import { signUpMember } from '@/collections/Members/signUp'
import {
  newPassword,
  oneOf,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalUrl,
  problemsOf,
  requiredEmail,
  requiredText,
  type FieldProblem,
  type Problems,
} from '@/domain/accounts/formProblems'
import { isLocale, LOCALES, localizedPath, type Locale } from '@/domain/locale/locales'
import { MEMBER_POSITIONS, type MemberPosition, type SignUpField } from '@/domain/members/signUp'
import { accountMessagesFor, describeProblem, type AccountMessages } from '@/i18n/accountMessages'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'

import type { FormState } from './_lib/formState'
import { endMemberSession, requestHeaders, startMemberSession } from './_lib/session'

const MAX_IMAGE_BYTES = 10 * 1024 * 1024
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif']

const text = (data: FormData, name: string): string => {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}

const localeOf = (data: FormData): Locale => {
  const locale = text(data, 'locale')
  return isLocale(locale) ? locale : 'cs'
}

type FieldName = keyof AccountMessages['fields']

/** A refused form: every problem as a message naming its field, and what was typed (passwords excepted). */
function refused(t: AccountMessages, problems: Problems<FieldName>, values: Record<string, string> = {}): FormState {
  const errors = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [field, describeProblem(t, t.fields[field as FieldName], problem as FieldProblem)]),
  )
  return { status: 'error', message: t.errors.summary, errors, values }
}

const tooMany = (t: AccountMessages, error: TooManyAttempts, values: Record<string, string> = {}): FormState => ({
  status: 'error',
  message: t.errors.tooManyAttempts(Math.max(1, Math.ceil(error.data.retryAfterSeconds / 60))),
  values,
})

/** Only a path of this site, never another host, as where to go after logging in. */
function safeNext(next: string, locale: Locale): string {
  return next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : localizedPath(locale, '/account')
}

async function requireMember(locale: Locale): Promise<MemberUser> {
  const member = await currentMember()
  if (!member) redirect(localizedPath(locale, '/account/log-in'))
  return member
}

/** Checks a member's current password by logging in with it (which also counts towards the lock-out). */
async function currentPasswordProblem(member: MemberUser, password: string, t: AccountMessages): Promise<FormState | null> {
  const payload = await payloadClient()
  try {
    await payload.login({ collection: 'members', data: { email: member.email, password }, req: { headers: await requestHeaders() } })
    return null
  } catch (error) {
    if (error instanceof TooManyAttempts) return tooMany(t, error)
    if (error instanceof AuthenticationError || error instanceof LockedAuth) {
      return { status: 'error', message: t.errors.summary, errors: { currentPassword: t.errors.wrongCurrentPassword(t.fields.currentPassword) } }
    }
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// Signing up, verifying, logging in and out

export async function signUp(_previous: FormState, data: FormData): Promise<FormState> {
  const t = accountMessagesFor(localeOf(data))
  const fields: SignUpField[] = ['firstName', 'lastName', 'email', 'password', 'municipality', 'position', 'phone', 'preferredLanguage']
  const input = Object.fromEntries(fields.map((field) => [field, text(data, field)])) as Record<SignUpField, string>
  const values = { ...input, password: '' }
  const outcome = await signUpMember(await payloadClient(), input, await requestHeaders())
  if (outcome.status === 'accepted') return { status: 'done', message: t.signUp.done }
  if (outcome.status === 'too-many-attempts') return { status: 'error', message: t.errors.tooManyAttempts(Math.ceil(outcome.retryAfterSeconds / 60)), values }
  return refused(t, outcome.problems, values)
}

export async function verifyEmail(_previous: FormState, data: FormData): Promise<FormState> {
  const t = accountMessagesFor(localeOf(data))
  const payload = await payloadClient()
  try {
    await payload.verifyEmail({ collection: 'members', token: text(data, 'token') })
    return { status: 'done', message: t.verify.done }
  } catch (error) {
    if (error instanceof APIError) return { status: 'error', message: t.errors.invalidToken }
    throw error
  }
}

export async function logIn(_previous: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(data)
  const t = accountMessagesFor(locale)
  const email = text(data, 'email').trim()
  const password = text(data, 'password')
  const values = { email }
  const problems = problemsOf({ email: requiredEmail(email), password: password ? undefined : { kind: 'required' } })
  if (Object.keys(problems).length > 0) return refused(t, problems, values)

  const payload = await payloadClient()
  try {
    const result = await payload.login({ collection: 'members', data: { email, password }, req: { headers: await requestHeaders() } })
    if (!result.token) return { status: 'error', message: t.errors.unexpected, values }
    await startMemberSession(result.token, result.exp)
  } catch (error) {
    if (error instanceof TooManyAttempts) return tooMany(t, error, values)
    if (error instanceof UnverifiedEmail) return { status: 'error', message: t.errors.unverified, values }
    if (error instanceof AuthenticationError || error instanceof LockedAuth) return { status: 'error', message: t.errors.logIn, values }
    throw error
  }
  redirect(safeNext(text(data, 'next'), locale))
}

export async function logOut(data: FormData): Promise<void> {
  const locale = localeOf(data)
  const member = await currentMember()
  if (member) {
    const payload = await payloadClient()
    // Ends this session on the server too, so the cookie is worthless even if it was copied.
    await logoutOperation({ collection: payload.collections.members, req: await createLocalReq({ user: member }, payload) })
  }
  await endMemberSession()
  redirect(`${localizedPath(locale, '/account/log-in')}?loggedOut=1`)
}

// ---------------------------------------------------------------------------------------------
// Forgotten password

export async function forgotPassword(_previous: FormState, data: FormData): Promise<FormState> {
  const t = accountMessagesFor(localeOf(data))
  const email = text(data, 'email').trim()
  const problem = requiredEmail(email)
  if (problem) return refused(t, { email: problem }, { email })
  const payload = await payloadClient()
  try {
    await payload.forgotPassword({ collection: 'members', data: { email }, req: { headers: await requestHeaders() } })
  } catch (error) {
    if (error instanceof TooManyAttempts) return tooMany(t, error, { email })
    throw error
  }
  // The same answer whether or not the address has an account.
  return { status: 'done', message: t.forgotPassword.done }
}

export async function resetPassword(_previous: FormState, data: FormData): Promise<FormState> {
  const t = accountMessagesFor(localeOf(data))
  const token = text(data, 'token')
  const password = text(data, 'password')
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'members',
    where: { resetPasswordToken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const problem = newPassword(password, docs[0]?.email)
  if (problem) return refused(t, { password: problem })
  try {
    await payload.resetPassword({ collection: 'members', data: { token, password }, overrideAccess: true, req: { headers: await requestHeaders() } })
  } catch (error) {
    if (error instanceof TooManyAttempts) return tooMany(t, error)
    if (error instanceof APIError && error.status === 403) return { status: 'error', message: t.errors.invalidToken }
    throw error
  }
  return { status: 'done', message: t.resetPassword.done }
}

// ---------------------------------------------------------------------------------------------
// Account settings

export async function updateProfile(_previous: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(data)
  const t = accountMessagesFor(locale)
  const member = await requireMember(locale)
  const values = Object.fromEntries(['firstName', 'lastName', 'position', 'phone', 'preferredLanguage'].map((field) => [field, text(data, field).trim()]))
  const problems = problemsOf({
    firstName: requiredText(values.firstName ?? '', 80),
    lastName: requiredText(values.lastName ?? '', 80),
    position: oneOf(values.position ?? '', MEMBER_POSITIONS),
    phone: optionalPhone(values.phone ?? ''),
    preferredLanguage: oneOf(values.preferredLanguage ?? '', LOCALES),
  })
  if (Object.keys(problems).length > 0) return refused(t, problems, values)
  const payload = await payloadClient()
  await payload.update({
    collection: 'members',
    id: member.id,
    data: {
      firstName: values.firstName,
      lastName: values.lastName,
      position: values.position as MemberPosition,
      phone: values.phone || null,
      preferredLanguage: values.preferredLanguage as Locale,
    },
    user: member,
    overrideAccess: false,
  })
  return { status: 'done', message: t.profile.saved, values }
}

export async function changePassword(_previous: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(data)
  const t = accountMessagesFor(locale)
  const member = await requireMember(locale)
  const current = text(data, 'currentPassword')
  const next = text(data, 'newPassword')
  const problems = problemsOf({ currentPassword: current ? undefined : { kind: 'required' }, newPassword: newPassword(next, member.email) })
  if (Object.keys(problems).length > 0) return refused(t, problems)
  const wrong = await currentPasswordProblem(member, current, t)
  if (wrong) return wrong
  const payload = await payloadClient()
  // Keeps this session and ends every other one (Payload does so when a password changes).
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { password: next },
    user: member,
    overrideAccess: false,
    context: { [CURRENT_PASSWORD_CONFIRMED]: true },
  })
  return { status: 'done', message: t.profile.passwordChanged }
}

export async function requestEmailChange(_previous: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(data)
  const t = accountMessagesFor(locale)
  const member = await requireMember(locale)
  const newEmail = text(data, 'newEmail').trim()
  const current = text(data, 'currentPassword')
  const values = { newEmail }
  const problems = problemsOf({ newEmail: requiredEmail(newEmail), currentPassword: current ? undefined : { kind: 'required' } })
  if (Object.keys(problems).length > 0) return refused(t, problems, values)
  const wrong = await currentPasswordProblem(member, current, t)
  if (wrong) return { ...wrong, values }
  const outcome = await startEmailChange(await payloadClient(), member, newEmail)
  if (outcome === 'same') return { status: 'error', message: t.errors.summary, errors: { newEmail: t.errors.sameEmail(t.fields.newEmail) }, values }
  if (outcome !== 'sent') return refused(t, { newEmail: outcome }, values)
  return { status: 'done', message: t.profile.emailRequested }
}

export async function confirmEmail(_previous: FormState, data: FormData): Promise<FormState> {
  const t = accountMessagesFor(localeOf(data))
  const outcome = await confirmEmailChange(await payloadClient(), text(data, 'token'))
  return outcome === 'changed' ? { status: 'done', message: t.profile.emailChanged } : { status: 'error', message: t.errors.invalidToken }
}

// ---------------------------------------------------------------------------------------------
// The municipality's profile

export async function updateMunicipality(_previous: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(data)
  const t = accountMessagesFor(locale)
  const member = await requireMember(locale)
  const municipalityId = idOf(member.municipality as Ref)
  if (member.approvalStatus !== 'approved' || municipalityId === undefined) return { status: 'error', message: t.municipality.onlyApproved }

  const values = Object.fromEntries(['website', 'contactEmail', 'contactPhone', 'coatOfArmsAlt'].map((field) => [field, text(data, field).trim()]))
  const file = data.get('coatOfArms')
  const upload = file instanceof File && file.size > 0 ? file : null
  const problems = problemsOf({
    website: optionalUrl(values.website ?? ''),
    contactEmail: optionalEmail(values.contactEmail ?? ''),
    contactPhone: optionalPhone(values.contactPhone ?? ''),
    coatOfArmsAlt: upload ? requiredText(values.coatOfArmsAlt ?? '', 300) : optionalText(values.coatOfArmsAlt ?? '', 300),
  })
  const errors = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, describeProblem(t, t.fields[field as FieldName], problem)]))
  if (upload && (upload.size > MAX_IMAGE_BYTES || !IMAGE_TYPES.includes(upload.type))) errors.coatOfArms = t.errors.image(t.fields.coatOfArms)
  if (Object.keys(errors).length > 0) return { status: 'error', message: t.errors.summary, errors, values }

  const payload = await payloadClient()
  const current = await payload.findByID({ collection: 'municipalities', id: municipalityId, depth: 0, user: member, overrideAccess: false })
  // The new coat of arms and the profile are saved together or not at all.
  const req = await createLocalReq({ user: member, locale }, payload)
  await initTransaction(req)
  try {
    const coatOfArms = upload
      ? (
          await payload.create({
            collection: 'media',
            data: { alt: values.coatOfArmsAlt ?? '' },
            file: { data: Buffer.from(await upload.arrayBuffer()), mimetype: upload.type, name: upload.name, size: upload.size },
            req,
            overrideAccess: false,
          })
        ).id
      : undefined
    await payload.update({
      collection: 'municipalities',
      id: municipalityId,
      data: {
        website: values.website || null,
        contact: { email: values.contactEmail || null, phone: values.contactPhone || null, website: current.contact?.website ?? null },
        ...(coatOfArms === undefined ? {} : { coatOfArms }),
      },
      req,
      overrideAccess: false,
    })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    if (error instanceof ValidationError) {
      return { status: 'error', message: t.errors.summary, errors: Object.fromEntries(error.data.errors.map((fieldError) => [fieldError.path, fieldError.message])), values }
    }
    throw error
  }
  return { status: 'done', message: t.municipality.saved, values }
}
