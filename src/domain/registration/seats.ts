/**
 * Who gets a seat: the decisions behind registration, cancellation, manual status changes and
 * promotion from the waitlist. Pure functions over the counts of one event or seminar term; the
 * storage step applies their result atomically (see src/collections/Registrations/ledger.ts).
 *
 * Invariants the functions keep (and seats.test.ts checks on random sequences of operations):
 * - the registrations holding a seat (confirmed or attended) never exceed the capacity;
 * - the waitlist positions are exactly 1…n, in order of joining, with no gap and no duplicate;
 * - a freed seat goes to position 1 of the waitlist.
 */

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'attended'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** How many registrations of one event or term hold a seat and how many wait for one. */
export type SeatCounts = { confirmed: number; waitlisted: number }

/** `capacity: null` means unlimited. */
export type SeatPolicy = { capacity: number | null; waitlist: boolean }

export const holdsSeat = (status: RegistrationStatus): boolean => status === 'confirmed' || status === 'attended'

export const hasFreeSeat = (counts: SeatCounts, policy: SeatPolicy): boolean =>
  policy.capacity === null || counts.confirmed < policy.capacity

export const remainingSeats = (counts: SeatCounts, policy: SeatPolicy): number | null =>
  policy.capacity === null ? null : Math.max(0, policy.capacity - counts.confirmed)

export type SeatDecision = { status: 'confirmed' } | { status: 'waitlisted'; position: number } | { status: 'refused'; reason: 'full' }

/** A new registration: a seat while there is one, then the end of the waitlist, or no room at all. */
export function decideSeat(counts: SeatCounts, policy: SeatPolicy): SeatDecision {
  if (hasFreeSeat(counts, policy)) return { status: 'confirmed' }
  if (policy.waitlist) return { status: 'waitlisted', position: counts.waitlisted + 1 }
  return { status: 'refused', reason: 'full' }
}

export type StatusChangeRefusal = 'full' | 'cancel-instead'

/**
 * What a change of status does to the counts and to the waitlist:
 * - `seatDelta` / `waitlistDelta`: the change of the counts;
 * - `leavesWaitlistAt`: the registration left the waitlist from this position (everyone behind moves up one);
 * - `joinsWaitlistAt`: the registration joins the waitlist at this position (always the end).
 * After any change, `promotionsDue` tells whether the waitlist moves up.
 */
export type StatusChangePlan = {
  ok: true
  seatDelta: number
  waitlistDelta: number
  leavesWaitlistAt: number | null
  joinsWaitlistAt: number | null
}

const unchanged: StatusChangePlan = { ok: true, seatDelta: 0, waitlistDelta: 0, leavesWaitlistAt: null, joinsWaitlistAt: null }

export function planStatusChange(change: {
  from: RegistrationStatus
  to: RegistrationStatus
  /** The waitlist position of the registration when it is waitlisted. */
  position: number | null
  counts: SeatCounts
  policy: SeatPolicy
}): StatusChangePlan | { ok: false; reason: StatusChangeRefusal } {
  const { from, to, position, counts, policy } = change
  if (from === to || (holdsSeat(from) && holdsSeat(to))) return unchanged
  const leaving = from === 'waitlisted' ? { waitlistDelta: -1, leavesWaitlistAt: position } : { waitlistDelta: 0, leavesWaitlistAt: null }

  if (holdsSeat(to)) {
    if (!hasFreeSeat(counts, policy)) return { ok: false, reason: 'full' }
    return { ...unchanged, ...leaving, seatDelta: 1 }
  }
  if (to === 'waitlisted') {
    // Moving someone from a seat to the waitlist would hand their seat to position 1 and push
    // them behind everyone: an editor who wants that cancels the registration instead.
    if (holdsSeat(from)) return { ok: false, reason: 'cancel-instead' }
    return { ...unchanged, waitlistDelta: 1, joinsWaitlistAt: counts.waitlisted + 1 }
  }
  // to === 'cancelled'
  if (holdsSeat(from)) return { ...unchanged, seatDelta: -1 }
  return { ...unchanged, ...leaving }
}

/** How many of the waitlist move up to a seat now (positions 1…n, in this order). */
export function promotionsDue(counts: SeatCounts, policy: SeatPolicy): number {
  const free = remainingSeats(counts, policy)
  return free === null ? counts.waitlisted : Math.min(free, counts.waitlisted)
}

/** The waitlist position a registration has after a planned change: only the waitlisted have one. */
export const positionAfter = (plan: StatusChangePlan, to: RegistrationStatus, current: number | null): number | null =>
  to === 'waitlisted' ? (plan.joinsWaitlistAt ?? current) : null
