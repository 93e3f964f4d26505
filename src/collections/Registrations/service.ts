import { ValidationError, type Payload, type PayloadRequest, type RequiredDataFromCollectionSlug, type TypedUser } from 'payload'

import { idOf, type Id, type Ref } from '@/access/ids'
import { isApprovedMember, memberOf } from '@/access/roles'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { authorisationProblem, parseRegistrationForm, problemMessage, type FormField, type Problem, type Problems } from '@/domain/registration/input'
import { activeRegistrationKey, releasedRegistrationKey, type TargetRef } from '@/domain/registration/keys'
import { anonymisedPersonalData } from '@/domain/registration/privacy'
import { hashToken, isWellFormedToken, registrationToken } from '@/domain/registration/token'
import { registrationState, type RegistrationState } from '@/domain/registration/window'
import { registrationMessagesFor, type RegistrationMessages } from '@/i18n/registrationMessages'
import type { Registration, RegistrationCounter } from '@/payload-types'

import { RegistrationFull } from './hooks/seats'
import { municipalityLabel, resolveMunicipality } from './municipalities'
import { loadTarget, refOfRegistration, type RegistrationTarget } from './targets'
import { inRegistrationTransaction } from './transactions'

export type Refusal = keyof RegistrationMessages['refusals']

/** Why a request was refused: an HTTP status, a localized message, and one message per field at fault. */
export type Refused = { ok: false; status: number; code: Refusal; message: string; fieldErrors: Partial<Record<FormField, string>> }

const refuse = (locale: Locale, status: number, code: Refusal, problems: Problems = {}): Refused => ({
  ok: false,
  status,
  code,
  message: registrationMessagesFor(locale).refusals[code],
  fieldErrors: Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problemMessage(locale, field as FormField, problem as Problem)])),
})

const STATE_REFUSALS: Partial<Record<RegistrationState, Refusal>> = { disabled: 'disabled', 'not-yet-open': 'notYetOpen', closed: 'closed', full: 'full' }

/** The uploaded authorisation of a proxy, as the form or the API received it. */
export type UploadedFile = { data: Buffer; name: string; type: string; size: number }

export type RegistrationRequest = {
  target: TargetRef
  /** The form fields as sent (strings from a form, any JSON from the API): nothing is trusted. */
  fields: Record<string, unknown>
  file?: UploadedFile
  user: TypedUser | null
  locale: Locale
  now?: Date
}

export type Registered = { ok: true; registration: Registration; token: string; manageUrl: string }

/**
 * A visitor's registration from the public form or the JSON API. Checks, in this order, that
 * the event or term is published and takes registrations now, who may register, and every
 * field; then stores the registration (and a proxy's authorisation) in one transaction, where
 * the seat hook decides confirmed or waitlisted and the database refuses a duplicate e-mail.
 * A refusal changes nothing.
 */
export async function registerAttendee(payload: Payload, request: RegistrationRequest): Promise<Registered | Refused> {
  const { locale, user } = request
  const target = await loadTarget(payload, request.target, { locale, asVisitor: { user } })
  if (!target) return refuse(locale, 404, 'notFound')

  const state = await currentState(payload, target, request.now)
  const stateRefusal = STATE_REFUSALS[state]
  if (stateRefusal) return refuse(locale, 409, stateRefusal)
  if (target.membersOnly && !isApprovedMember({ user })) return refuse(locale, 403, 'membersOnly')

  const parsed = parseRegistrationForm(request.fields, target.consentVersion, { proxyAllowed: target.isAssembly })
  const problems: Problems = parsed.ok ? {} : { ...parsed.problems }
  const proxyDeclared = parsed.ok ? Boolean(parsed.form.proxy) : problems.representsMunicipality !== undefined
  if (proxyDeclared) {
    const fileProblem = authorisationProblem(request.file)
    if (fileProblem) problems.authorisation = fileProblem
  }
  if (!parsed.ok || Object.keys(problems).length > 0) return refuse(locale, 422, 'fixErrors', problems)
  const { form } = parsed

  const municipality = form.municipality ? await resolveMunicipality(payload, form.municipality) : undefined
  if (municipality && !municipality.ok) problems.municipality = municipality.problem
  const represented = form.proxy ? await resolveMunicipality(payload, form.proxy.representsMunicipality) : undefined
  if (represented && !represented.ok) problems.representsMunicipality = represented.problem
  if (Object.keys(problems).length > 0) return refuse(locale, 422, 'fixErrors', problems)

  // Answered before any write for a clear message; the unique key refuses the racing duplicate.
  if (await activeRegistrationOf(payload, target.key, form.email)) return refuse(locale, 409, 'duplicate')

  const member = memberOf({ user })
  try {
    const registration = await inRegistrationTransaction(payload, async (req) => {
      const authorisation = form.proxy && request.file ? await storeAuthorisation(payload, target, form.name, request.file, req) : undefined
      const data: RequiredDataFromCollectionSlug<'registrations'> = {
          ...(target.ref.kind === 'event' ? { event: target.ref.eventId as number } : { seminar: target.ref.seminarId as number, seminarTermId: target.ref.termId }),
          // The seat hook decides between confirmed and waitlisted; the generated type wants a value.
          status: 'confirmed',
          attendeeName: form.name,
          email: form.email,
          phone: form.phone,
          municipality: municipality?.ok ? (municipality.id as number) : undefined,
          organisationName: form.organisation,
          position: form.position,
          needs: form.needs,
          member: member ? (member.id as number) : undefined,
          proxy: represented?.ok ? { representsMunicipality: represented.id as number, authorisation: authorisation as number | undefined } : undefined,
          locale,
          consent: { textVersion: form.consentVersion, givenAt: (request.now ?? new Date()).toISOString() },
      }
      return payload.create({ collection: 'registrations', data, req, overrideAccess: true, depth: 0 })
    })
    const token = tokenOf(payload, registration)
    return { ok: true, registration, token, manageUrl: manageUrl(payload, locale, token) }
  } catch (error) {
    if (error instanceof RegistrationFull) return refuse(locale, 409, 'full')
    if (error instanceof ValidationError && error.data.errors.some((fieldError) => fieldError.path === 'registrationKey')) return refuse(locale, 409, 'duplicate')
    throw error
  }
}

/** Open, waitlist, full, closed …: what the registration call to action and the form show. */
export async function currentState(payload: Payload, target: RegistrationTarget, now = new Date()): Promise<RegistrationState> {
  const counts = target.window.enabled ? await readCounts(payload, target.key) : { confirmed: 0, waitlisted: 0 }
  return registrationState(target.window, counts, target.policy, now)
}

/** Counts without creating the counter (reads must not write). */
export async function readCounts(payload: Payload, key: string, req?: PayloadRequest) {
  const found = await payload.db.findOne<RegistrationCounter>({ collection: 'registration-counters', where: { key: { equals: key } }, req })
  return { confirmed: found?.confirmed ?? 0, waitlisted: found?.waitlisted ?? 0 }
}

async function activeRegistrationOf(payload: Payload, key: string, email: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'registrations', where: { registrationKey: { equals: activeRegistrationKey(key, email) } } })
  return totalDocs > 0
}

async function storeAuthorisation(payload: Payload, target: RegistrationTarget, attendeeName: string, file: UploadedFile, req: PayloadRequest): Promise<Id> {
  const stored = await payload.create({
    collection: 'proxy-authorisations',
    req,
    overrideAccess: true,
    depth: 0,
    data: { title: `${attendeeName} – ${target.title}`.slice(0, 300), association: target.association as number },
    file: { data: file.data, name: file.name, mimetype: file.type, size: file.size },
  })
  return stored.id
}

// ---------------------------------------------------------------------------------------------
// The secret link: cancel, download, erase

export const tokenOf = (payload: Payload, registration: Pick<Registration, 'linkSalt'>): string => registrationToken(payload.secret, registration.linkSalt ?? '')

export const manageUrl = (payload: Payload, locale: Locale, token: string): string =>
  `${payload.config.serverURL}${localizedPath(locale, `/registrations/${token}`)}`

/** The registration a secret link points at; a forged or used-up token finds nothing. */
export async function findByToken(payload: Payload, token: string, req?: PayloadRequest): Promise<Registration | null> {
  if (!isWellFormedToken(token)) return null
  const { docs } = await payload.find({ collection: 'registrations', where: { cancelTokenHash: { equals: hashToken(token) } }, limit: 1, depth: 0, req })
  return docs[0] ?? null
}

export type LinkOutcome = { ok: true; registration: Registration } | Refused

/** Cancels through the secret link; cancelling again changes nothing and is not an error. */
export async function cancelByToken(payload: Payload, token: string, locale: Locale): Promise<LinkOutcome> {
  const registration = await inRegistrationTransaction(payload, async (req) => {
    const found = await findByToken(payload, token, req)
    if (!found) return null
    return cancel(payload, found, req)
  })
  return registration ? { ok: true, registration } : refuseLink(locale)
}

/** A member cancels one of their own registrations from the portal. */
export async function cancelForMember(payload: Payload, registrationId: Id, user: TypedUser | null, locale: Locale): Promise<LinkOutcome> {
  const member = memberOf({ user })
  if (!member) return refuse(locale, 403, 'membersOnly')
  const registration = await inRegistrationTransaction(payload, async (req) => {
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { and: [{ id: { equals: registrationId } }, { member: { equals: member.id } }] },
      limit: 1,
      depth: 0,
      req,
    })
    return docs[0] ? cancel(payload, docs[0], req) : null
  })
  return registration ? { ok: true, registration } : refuse(locale, 404, 'notFound')
}

const cancel = (payload: Payload, registration: Registration, req: PayloadRequest): Promise<Registration> =>
  registration.status === 'cancelled'
    ? Promise.resolve(registration)
    : payload.update({ collection: 'registrations', id: registration.id, data: { status: 'cancelled' }, req, overrideAccess: true, depth: 0 })

/**
 * Erases the registrant's personal data through the secret link. A registration for an event
 * still to come is cancelled first, so its seat goes to the waitlist. The link dies with the data.
 */
export async function eraseByToken(payload: Payload, token: string, locale: Locale, now = new Date()): Promise<LinkOutcome> {
  const registration = await inRegistrationTransaction(payload, async (req) => {
    const found = await findByToken(payload, token, req)
    if (!found) return null
    const ref = refOfRegistration(found)
    const target = ref ? await loadTarget(payload, ref, { req }) : null
    const upcoming = target ? new Date(target.endsAt ?? target.startsAt) > now : false
    const current = upcoming ? await cancel(payload, found, req) : found
    return anonymise(payload, current, req)
  })
  return registration ? { ok: true, registration } : refuseLink(locale)
}

const refuseLink = (locale: Locale): Refused => ({ ...refuse(locale, 404, 'notFound'), message: registrationMessagesFor(locale).manage.invalidLink })

/** Replaces the personal data, removes a proxy's authorisation file and kills the secret link. */
export async function anonymise(payload: Payload, registration: Registration, req: PayloadRequest): Promise<Registration> {
  const authorisation = idOf(registration.proxy?.authorisation as Ref)
  const updated = await payload.update({
    collection: 'registrations',
    id: registration.id,
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      ...anonymisedPersonalData(registration.id),
      member: null,
      proxy: { ...registration.proxy, authorisation: null },
      registrationKey: releasedRegistrationKey(registration.targetKey ?? '', registration.id),
      cancelTokenHash: null,
      linkSalt: null,
      anonymisedAt: new Date().toISOString(),
    },
  })
  if (authorisation !== undefined) await payload.delete({ collection: 'proxy-authorisations', id: authorisation, req, overrideAccess: true })
  return updated
}

/** What the portal keeps about a registrant, for the "download my data" link (GDPR art. 15 and 20). */
export async function personalData(payload: Payload, registration: Registration, locale: Locale) {
  const ref = refOfRegistration(registration)
  const target = ref ? await loadTarget(payload, ref, { locale }) : null
  const municipalityId = idOf(registration.municipality as Ref)
  const representedId = idOf(registration.proxy?.representsMunicipality as Ref)
  const labelOf = async (id: Id | undefined) => {
    if (id === undefined) return null
    const found = await payload.findByID({ collection: 'municipalities', id, depth: 0, disableErrors: true, select: { name: true, district: true } })
    return found ? municipalityLabel(found) : null
  }
  return {
    event: target ? { title: target.title, startsAt: target.startsAt, endsAt: target.endsAt, timeZone: target.timeZone } : null,
    name: registration.attendeeName,
    email: registration.email,
    phone: registration.phone ?? null,
    municipality: await labelOf(municipalityId),
    organisation: registration.organisationName ?? null,
    position: registration.position ?? null,
    needs: registration.needs ?? null,
    proxyFor: await labelOf(representedId),
    status: registration.status,
    waitlistPosition: registration.waitlistPosition ?? null,
    language: registration.locale,
    consent: registration.consent,
    registeredAt: registration.createdAt,
  }
}
