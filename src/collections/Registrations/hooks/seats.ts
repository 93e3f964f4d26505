import {
  APIError,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { staffOf } from '@/access/roles'
import { emailForStatus } from '@/domain/registration/emails'
import { activeRegistrationKey, releasedRegistrationKey } from '@/domain/registration/keys'
import { decideSeat, planStatusChange, positionAfter, type RegistrationStatus } from '@/domain/registration/seats'
import { hashToken, newTokenSalt, registrationToken } from '@/domain/registration/token'
import type { Registration } from '@/payload-types'

import { mayManageRegistrationsOf } from '../editors'
import { adjustCounts, closeWaitlistGap, countsFor, fillFreeSeats, takeSeat } from '../ledger'
import { loadSeatTarget, refOfRegistration } from '../targets'

/** Refused for lack of room; the public form turns the code into its own localized message. */
export class RegistrationFull extends APIError {
  constructor(req: PayloadRequest) {
    super(req.i18n.language === 'cs' ? 'Kapacita je naplněna a náhradníci se nepřijímají.' : 'The event is full and has no waitlist.', 409, { code: 'full' }, true)
  }
}

const say = (req: PayloadRequest, cs: string, en: string) => (req.i18n.language === 'cs' ? cs : en)

/**
 * The seat of a registration is decided here, for every way a registration is created or its
 * status changed (public form, admin, REST, GraphQL, Local API): a new registration gets a seat
 * or the end of the waitlist; a status change moves the counts and closes the waitlist's gap.
 * Fields only this hook sets (position, keys, link token) cannot be written through the API.
 */
export const decideSeatOnChange: CollectionBeforeChangeHook<Registration> = async ({ data, operation, originalDoc, req }) => {
  const payload = req.payload
  // Only a new registration or a change of status moves seats; a status kept needs no target read.
  const from = (originalDoc?.status ?? 'confirmed') as RegistrationStatus
  const to = (data.status ?? from) as RegistrationStatus
  if (operation === 'update' && from === to) {
    // An editor correcting the e-mail of an active registration moves its duplicate key along.
    const emailChanged = typeof data.email === 'string' && data.email !== originalDoc?.email
    const active = to !== 'cancelled' && !originalDoc?.anonymisedAt && !data.anonymisedAt && originalDoc?.targetKey
    return emailChanged && active ? { ...data, registrationKey: activeRegistrationKey(originalDoc.targetKey ?? '', String(data.email)) } : data
  }
  const registration = { ...originalDoc, ...data }
  const ref = refOfRegistration(registration)
  // Field validation has already refused a registration without exactly one event or seminar term.
  if (!ref) return data
  const target = await loadSeatTarget(payload, ref, req)
  if (!target) {
    throw new ValidationError({ collection: 'registrations', errors: [{ path: ref.kind === 'event' ? 'event' : 'seminarTermId', message: say(req, 'Akce nebo termín neexistuje.', 'The event or term does not exist.') }], req })
  }

  if (operation === 'create') {
    // Staff register people only for their own associations' events (the association is the event's, see inheritAssociation).
    if (staffOf(req) && !mayManageRegistrationsOf(req.user, { association: idOf(data.association as Ref) })) {
      throw new ValidationError({
        collection: 'registrations',
        errors: [{ path: ref.kind === 'event' ? 'event' : 'seminar', message: say(req, 'Registrovat můžete jen na akce svého svazu.', "You can only register people for your association's events.") }],
        req,
      })
    }
    const decision = decideSeat(await countsFor(payload, target.key, req), target.policy)
    if (decision.status === 'refused') throw new RegistrationFull(req)
    const counts =
      decision.status === 'confirmed'
        ? await takeSeat(payload, target.key, target.policy.capacity, req)
        : await adjustCounts(payload, target.key, { waitlist: 1 }, req)
    const salt = newTokenSalt()
    return {
      ...data,
      status: decision.status,
      waitlistPosition: decision.status === 'waitlisted' ? counts.waitlisted : null,
      targetKey: target.key,
      registrationKey: activeRegistrationKey(target.key, String(data.email ?? '')),
      linkSalt: salt,
      cancelTokenHash: hashToken(registrationToken(payload.secret, salt)),
    }
  }

  if (originalDoc?.anonymisedAt) {
    throw new ValidationError({ collection: 'registrations', errors: [{ path: 'status', message: say(req, 'Anonymizovanou registraci nelze změnit.', 'An anonymised registration cannot change.') }], req })
  }
  const position = originalDoc?.waitlistPosition ?? null
  const plan = planStatusChange({ from, to, position, counts: await countsFor(payload, target.key, req), policy: target.policy })
  if (!plan.ok) {
    const message =
      plan.reason === 'full'
        ? say(req, 'Kapacita je naplněna: nejdřív zvyšte kapacitu nebo zrušte jinou registraci.', 'The event is full: raise the capacity or cancel another registration first.')
        : say(req, 'Potvrzenou registraci nelze přesunout mezi náhradníky; zrušte ji.', 'A confirmed registration cannot move to the waitlist; cancel it instead.')
    throw new ValidationError({ collection: 'registrations', errors: [{ path: 'status', message }], req })
  }

  let counts = plan.seatDelta > 0 ? await takeSeat(payload, target.key, target.policy.capacity, req) : null
  if (plan.seatDelta < 0 || plan.waitlistDelta !== 0) {
    counts = await adjustCounts(payload, target.key, { seats: plan.seatDelta < 0 ? plan.seatDelta : 0, waitlist: plan.waitlistDelta }, req)
  }
  if (plan.leavesWaitlistAt !== null) await closeWaitlistGap(payload, target.key, plan.leavesWaitlistAt, req)
  const joinedAt = plan.joinsWaitlistAt === null ? null : (counts?.waitlisted ?? plan.joinsWaitlistAt)
  const email = String(registration.email ?? '')
  return {
    ...data,
    status: to,
    waitlistPosition: positionAfter({ ...plan, joinsWaitlistAt: joinedAt }, to, position),
    registrationKey: to === 'cancelled' ? releasedRegistrationKey(target.key, originalDoc?.id ?? '') : activeRegistrationKey(target.key, email),
  }
}

/**
 * After a registration is saved: queue the e-mail its status calls for (in the same transaction,
 * so a rolled-back registration sends nothing), then let the waitlist move up into free seats.
 */
export const mailAndPromoteAfterChange: CollectionAfterChangeHook<Registration> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (from === doc.status) return doc
  const kind = emailForStatus(from, doc.status)
  if (kind && !doc.anonymisedAt) {
    await req.payload.jobs.queue({ task: 'registrationEmail', input: { registration: String(doc.id), kind }, req })
  }
  // A new registration only gets a seat or waits when none is free, so only a change can free one.
  if (operation === 'update') await promoteIntoFreeSeats(doc, req)
  return doc
}

/** A deleted registration (admins only) gives its seat or waitlist place back like a cancellation. */
export const releaseSeatOnDelete: CollectionAfterDeleteHook<Registration> = async ({ doc, req }) => {
  const key = doc.targetKey
  if (!key || doc.status === 'cancelled') return doc
  if (doc.status === 'waitlisted') {
    await adjustCounts(req.payload, key, { waitlist: -1 }, req)
    if (doc.waitlistPosition) await closeWaitlistGap(req.payload, key, doc.waitlistPosition, req)
  } else {
    await adjustCounts(req.payload, key, { seats: -1 }, req)
  }
  await promoteIntoFreeSeats(doc, req)
  return doc
}

async function promoteIntoFreeSeats(doc: Registration, req: PayloadRequest): Promise<void> {
  const ref = refOfRegistration(doc)
  const target = ref ? await loadSeatTarget(req.payload, ref, req) : null
  if (target) await fillFreeSeats(req.payload, target, req)
}
