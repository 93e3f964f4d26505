import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Event, Seminar } from '@/payload-types'

import { fillFreeSeats } from '../ledger'
import { eventTarget, seminarTermTarget, type RegistrationTarget } from '../targets'

/**
 * Hooks of events and seminars that belong to registration: notices to registrants and the
 * waitlist moving up when an editor raises the capacity.
 */

/** A notice marked "notify registrants" is stamped when the event is published, so it goes out once. */
export const stampNoticesToSend: CollectionBeforeChangeHook<Event> = ({ data }) => {
  if (data._status === 'draft' || !data.notices) return data
  const now = new Date().toISOString()
  return {
    ...data,
    notices: data.notices.map((notice) => (notice.notifyRegistrants && !notice.notifiedAt ? { ...notice, notifiedAt: now } : notice)),
  }
}

/** Queues the notice e-mail for every active registrant of the event, in the same transaction as the save. */
export const notifyRegistrantsOfNotices: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, req }) => {
  const sentBefore = new Set((previousDoc?.notices ?? []).filter((notice) => notice.notifiedAt).map((notice) => notice.id))
  const fresh = (doc.notices ?? []).filter((notice) => notice.notifiedAt && notice.id && !sentBefore.has(notice.id))
  if (fresh.length === 0) return doc
  const { docs: registrations } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: doc.id } }, { status: { in: ['confirmed', 'attended', 'waitlisted'] } }, { anonymisedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    select: { status: true },
    req,
  })
  for (const notice of fresh) {
    for (const registration of registrations) {
      await req.payload.jobs.queue({ task: 'registrationEmail', input: { registration: String(registration.id), kind: 'notice', notice: notice.id ?? '' }, req })
    }
  }
  return doc
}

// On create, the previous document is empty.
const eventTargets = (doc: Event | undefined): RegistrationTarget[] => (doc?.id ? [eventTarget(doc)] : [])
const seminarTargets = (doc: Seminar | undefined): RegistrationTarget[] =>
  (doc?.id ? doc.terms : []).flatMap((term) => (term.id ? [seminarTermTarget(doc as Seminar, term.id)].filter((target): target is RegistrationTarget => target !== null) : []))

async function promoteWhereCapacityGrew(before: RegistrationTarget[], after: RegistrationTarget[], req: PayloadRequest): Promise<void> {
  const previous = new Map(before.map((target) => [target.key, target.policy.capacity]))
  for (const target of after) {
    // A new event or term has nobody waiting yet.
    if (!previous.has(target.key) || previous.get(target.key) === target.policy.capacity) continue
    await fillFreeSeats(req.payload, target, req)
  }
}

/** A published change of an event's capacity gives the new seats to the waitlist at once. */
export const promoteAfterEventCapacityChange: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'draft') await promoteWhereCapacityGrew(eventTargets(previousDoc), eventTargets(doc), req)
  return doc
}

export const promoteAfterSeminarCapacityChange: CollectionAfterChangeHook<Seminar> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'draft') await promoteWhereCapacityGrew(seminarTargets(previousDoc), seminarTargets(doc), req)
  return doc
}
