'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { cancelByToken, cancelForMember, eraseByToken, registerAttendee } from '@/collections/Registrations/service'
import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'
import type { TargetRef } from '@/domain/registration/keys'
import { registrationMessagesFor } from '@/i18n/registrationMessages'
import { payloadClient } from '@/lib/payload'

import type { RegistrationFormState } from './formState'

const localeOf = (formData: FormData): Locale => {
  const value = formData.get('locale')
  return typeof value === 'string' && isLocale(value) ? value : 'cs'
}

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}

function targetOf(formData: FormData): TargetRef | null {
  const eventId = text(formData, 'eventId')
  if (eventId) return { kind: 'event', eventId }
  const seminarId = text(formData, 'seminarId')
  const termId = text(formData, 'termId')
  return seminarId && termId ? { kind: 'seminar', seminarId, termId } : null
}

/**
 * The registration form's server action. Without JavaScript the browser posts the form and gets
 * the page back with the errors and everything typed; with JavaScript React does the same
 * without a reload. A successful registration goes to the registrant's own page (the secret link).
 */
export async function submitRegistration(_previous: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  const locale = localeOf(formData)
  const values = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !entry[0].startsWith('$')))
  const target = targetOf(formData)
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const upload = formData.get('authorisation')
  const file =
    upload instanceof File && upload.size > 0 ? { data: Buffer.from(await upload.arrayBuffer()), name: upload.name, type: upload.type, size: upload.size } : undefined
  const result = target
    ? await registerAttendee(payload, { target, fields: values, file, user, locale })
    : { ok: false as const, message: registrationMessagesFor(locale).refusals.invalidRequest, fieldErrors: {} }
  if (!result.ok) return { values, message: result.message, fieldErrors: result.fieldErrors }
  redirect(`${localizedPath(locale, `/registrations/${result.token}`)}?registered=1`)
}

export async function cancelThroughLink(formData: FormData): Promise<void> {
  const locale = localeOf(formData)
  const token = text(formData, 'token')
  await cancelByToken(await payloadClient(), token, locale)
  redirect(`${localizedPath(locale, `/registrations/${token}`)}?cancelled=1`)
}

export async function eraseThroughLink(formData: FormData): Promise<void> {
  const locale = localeOf(formData)
  const result = await eraseByToken(await payloadClient(), text(formData, 'token'), locale)
  redirect(localizedPath(locale, result.ok ? '/registrations/erased' : `/registrations/${text(formData, 'token')}`))
}

export async function cancelMemberRegistration(formData: FormData): Promise<void> {
  const locale = localeOf(formData)
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  await cancelForMember(payload, text(formData, 'registration'), user, locale)
  redirect(localizedPath(locale, '/registrations'))
}
