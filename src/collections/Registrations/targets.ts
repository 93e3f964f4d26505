import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { idOf, type Id, type Ref } from '@/access/ids'
import type { Locale } from '@/domain/locale/locales'
import { targetKey, type TargetRef } from '@/domain/registration/keys'
import type { SeatPolicy } from '@/domain/registration/seats'
import type { RegistrationWindow } from '@/domain/registration/window'
import type { Event, Seminar } from '@/payload-types'

type Venue = NonNullable<Event['venue']>
type RegistrationSettings = NonNullable<Event['registration']>

/** An event, or one term of a seminar, as far as registration is concerned. */
export type RegistrationTarget = {
  key: string
  ref: TargetRef
  collection: 'events' | 'seminars'
  id: Id
  slug: string
  title: string
  isAssembly: boolean
  startsAt: string
  endsAt: string | null
  timeZone: string
  venue: Venue | null
  association: Id | undefined
  policy: SeatPolicy
  window: RegistrationWindow
  membersOnly: boolean
  consentText: string | null
  consentVersion: string
  /** The event's notices (seminars have none). */
  notices: NonNullable<Event['notices']>
}

export type TargetAccess = {
  locale?: Locale
  req?: PayloadRequest
  /** Reading as this visitor (published documents only) instead of as the system. */
  asVisitor?: { user: TypedUser | null }
}

const settingsOf = (settings: RegistrationSettings | undefined | null, startsAt: string, capacity: number | null | undefined) => ({
  policy: { capacity: capacity ?? null, waitlist: settings?.waitlist ?? true },
  window: { enabled: settings?.enabled ?? false, opensAt: settings?.opensAt ?? null, closesAt: settings?.closesAt ?? null, startsAt },
  membersOnly: settings?.membersOnly ?? false,
  consentText: settings?.consentText ?? null,
  consentVersion: settings?.consentVersion ?? '',
})

export function eventTarget(event: Event): RegistrationTarget {
  const ref: TargetRef = { kind: 'event', eventId: event.id }
  return {
    key: targetKey(ref),
    ref,
    collection: 'events',
    id: event.id,
    slug: event.slug ?? String(event.id),
    title: event.title,
    isAssembly: event.kind === 'assembly',
    startsAt: event.startsAt,
    endsAt: event.endsAt ?? null,
    timeZone: event.timeZone,
    venue: event.venue ?? null,
    association: idOf(event.association as Ref),
    notices: event.notices ?? [],
    ...settingsOf(event.registration, event.startsAt, event.registration?.capacity),
  }
}

/** A term of a seminar; its own capacity wins over the seminar's. */
export function seminarTermTarget(seminar: Seminar, termId: string): RegistrationTarget | null {
  const term = seminar.terms.find((candidate) => candidate.id === termId)
  if (!term?.id) return null
  const ref: TargetRef = { kind: 'seminar', seminarId: seminar.id, termId: term.id }
  return {
    key: targetKey(ref),
    ref,
    collection: 'seminars',
    id: seminar.id,
    slug: seminar.slug ?? String(seminar.id),
    title: seminar.title,
    isAssembly: false,
    startsAt: term.startsAt,
    endsAt: term.endsAt ?? null,
    timeZone: term.timeZone,
    venue: term.venue ?? null,
    association: idOf(seminar.association as Ref),
    notices: [],
    ...settingsOf(seminar.registration, term.startsAt, term.capacity ?? seminar.registration?.capacity),
  }
}

const readOptions = ({ locale, req, asVisitor }: TargetAccess) => ({
  depth: 0,
  locale,
  req,
  ...(asVisitor ? { overrideAccess: false, user: asVisitor.user } : { overrideAccess: true }),
})

/** The target a registration points at, or null when it does not exist (or the visitor may not see it). */
export async function loadTarget(payload: Payload, ref: TargetRef, access: TargetAccess = {}): Promise<RegistrationTarget | null> {
  if (ref.kind === 'event') {
    const event = await payload.findByID({ collection: 'events', id: ref.eventId, disableErrors: true, ...readOptions(access) })
    return event ? eventTarget(event) : null
  }
  const seminar = await payload.findByID({ collection: 'seminars', id: ref.seminarId, disableErrors: true, ...readOptions(access) })
  return seminar ? seminarTermTarget(seminar, ref.termId) : null
}

/** What the seat decisions need of a target: its key and seat policy, read cheaply inside a registration's transaction. */
export type SeatTarget = Pick<RegistrationTarget, 'key' | 'policy'>

export async function loadSeatTarget(payload: Payload, ref: TargetRef, req: PayloadRequest): Promise<SeatTarget | null> {
  const registration = { capacity: true, waitlist: true } as const
  if (ref.kind === 'event') {
    const event = await payload.findByID({ collection: 'events', id: ref.eventId, depth: 0, req, disableErrors: true, select: { registration } })
    return event ? { key: targetKey(ref), policy: settingsOf(event.registration, '', event.registration?.capacity).policy } : null
  }
  const seminar = await payload.findByID({ collection: 'seminars', id: ref.seminarId, depth: 0, req, disableErrors: true, select: { registration, terms: { id: true, capacity: true } } })
  const term = seminar?.terms?.find((candidate) => candidate.id === ref.termId)
  return seminar && term ? { key: targetKey(ref), policy: settingsOf(seminar.registration, '', term.capacity ?? seminar.registration?.capacity).policy } : null
}

/** The event of a public URL (`/events/<slug>/register`), as the visitor may see it. */
export async function findEventTargetBySlug(payload: Payload, slug: string, access: TargetAccess): Promise<RegistrationTarget | null> {
  const { docs } = await payload.find({ collection: 'events', where: { slug: { equals: slug } }, limit: 1, ...readOptions(access) })
  return docs[0] ? eventTarget(docs[0]) : null
}

/** A seminar term of a public URL (`/seminars/<slug>/terms/<termId>/register`), as the visitor may see it. */
export async function findSeminarTermTargetBySlug(payload: Payload, slug: string, termId: string, access: TargetAccess): Promise<RegistrationTarget | null> {
  const { docs } = await payload.find({ collection: 'seminars', where: { slug: { equals: slug } }, limit: 1, ...readOptions(access) })
  return docs[0] ? seminarTermTarget(docs[0], termId) : null
}

/** The ref a registration document points at. */
export function refOfRegistration(registration: { event?: unknown; seminar?: unknown; seminarTermId?: string | null }): TargetRef | null {
  const eventId = idOf(registration.event as Ref)
  if (eventId !== undefined) return { kind: 'event', eventId }
  const seminarId = idOf(registration.seminar as Ref)
  if (seminarId !== undefined && registration.seminarTermId) return { kind: 'seminar', seminarId, termId: registration.seminarTermId }
  return null
}

/** "Krajský úřad, Škroupova 1760/18, 301 00 Plzeň" or the online link. */
export function venueText(venue: Venue | null): string {
  if (!venue) return ''
  const address = venue.address ? [venue.address.street, [venue.address.postalCode, venue.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : ''
  return [venue.name, address, venue.onlineUrl].filter(Boolean).join(', ')
}
