import { ValidationError, type Payload, type PayloadRequest, type Where } from 'payload'

import { promotionsDue, type SeatCounts } from '@/domain/registration/seats'
import type { RegistrationCounter } from '@/payload-types'

import type { SeatTarget } from './targets'

/**
 * The storage side of the seat decisions in src/domain/registration/seats.ts. Every function
 * writes in the request's transaction; the first write of a registration change is always to the
 * target's counter document, with a conditional atomic update, so on any database two changes of
 * the same target never interleave (see RegistrationCounters/config.ts).
 */

/**
 * A conditional update found no room although the decision said there was some: another
 * transaction changed the counts in between. Only possible where transactions run side by side
 * (MongoDB); the caller retries the whole registration (see transactions.ts).
 */
export class SeatConflict extends Error {
  constructor(key: string) {
    super(`The seat counts of ${key} changed during the registration.`)
  }
}

const COUNTERS = 'registration-counters'

const countsOf = (doc: Partial<RegistrationCounter>): SeatCounts => ({ confirmed: doc.confirmed ?? 0, waitlisted: doc.waitlisted ?? 0 })

const counterOf = (key: string): Where => ({ key: { equals: key } })

/** The counts of a target; its counter document is created with the first registration. */
export async function countsFor(payload: Payload, key: string, req: PayloadRequest): Promise<SeatCounts> {
  const found = await payload.db.findOne<RegistrationCounter>({ collection: COUNTERS, where: counterOf(key), req })
  if (found) return countsOf(found)
  try {
    await payload.db.create({ collection: COUNTERS, data: { key, confirmed: 0, waitlisted: 0 }, req })
  } catch (error) {
    // Two first registrations created the counter at once (MongoDB): the retry finds it.
    if (error instanceof ValidationError) throw new SeatConflict(key)
    throw error
  }
  return { confirmed: 0, waitlisted: 0 }
}

/** Takes a seat only while `confirmed < capacity`, in one atomic statement; returns the new counts. */
export async function takeSeat(payload: Payload, key: string, capacity: number | null, req: PayloadRequest): Promise<SeatCounts> {
  const where: Where = capacity === null ? counterOf(key) : { and: [counterOf(key), { confirmed: { less_than: capacity } }] }
  const updated = await payload.db.updateOne({ collection: COUNTERS, where, data: { confirmed: { $inc: 1 } }, options: { atomic: true }, req })
  if (!updated) throw new SeatConflict(key)
  return countsOf(updated as Partial<RegistrationCounter>)
}

/** Adds to or subtracts from the counts atomically; returns the new counts. */
export async function adjustCounts(payload: Payload, key: string, delta: { seats?: number; waitlist?: number }, req: PayloadRequest): Promise<SeatCounts> {
  const data: Record<string, { $inc: number }> = {}
  if (delta.seats) data.confirmed = { $inc: delta.seats }
  if (delta.waitlist) data.waitlisted = { $inc: delta.waitlist }
  const updated = await payload.db.updateOne({ collection: COUNTERS, where: counterOf(key), data, options: { atomic: true }, req })
  if (!updated) throw new SeatConflict(key)
  return countsOf(updated as Partial<RegistrationCounter>)
}

/** Someone left the waitlist at `position`: everyone behind moves up one. */
export async function closeWaitlistGap(payload: Payload, key: string, position: number, req: PayloadRequest): Promise<void> {
  await payload.db.updateMany({
    collection: 'registrations',
    where: { and: [{ targetKey: { equals: key } }, { status: { equals: 'waitlisted' } }, { waitlistPosition: { greater_than: position } }] },
    data: { waitlistPosition: { $inc: -1 } },
    returning: false,
    req,
  })
}

const FILLING = 'registrationSeatsBeingFilled'

/**
 * Gives free seats to the waitlist, position 1 first, until the target is full or nobody waits.
 * Each promotion is an ordinary status change (so it is counted, renumbered and e-mailed like one);
 * a promotion's own hooks do not start another round for the same target.
 */
export async function fillFreeSeats(payload: Payload, target: SeatTarget, req: PayloadRequest): Promise<number> {
  const filling = (req.context[FILLING] ??= new Set<string>()) as Set<string>
  if (filling.has(target.key)) return 0
  filling.add(target.key)
  let promoted = 0
  try {
    while (promotionsDue(await countsFor(payload, target.key, req), target.policy) > 0) {
      const head = await payload.db.findOne<{ id: string | number }>({
        collection: 'registrations',
        where: { and: [{ targetKey: { equals: target.key } }, { status: { equals: 'waitlisted' } }, { waitlistPosition: { equals: 1 } }] },
        req,
      })
      if (!head) throw new Error(`The waitlist of ${target.key} has waiting registrations but nobody at position 1.`)
      await payload.update({ collection: 'registrations', id: head.id, data: { status: 'confirmed' }, req, overrideAccess: true, depth: 0 })
      promoted += 1
    }
  } finally {
    filling.delete(target.key)
  }
  return promoted
}
