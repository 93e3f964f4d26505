import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  decideSeat,
  holdsSeat,
  planStatusChange,
  positionAfter,
  promotionsDue,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  type SeatCounts,
  type SeatPolicy,
} from './seats'

describe('decideSeat', () => {
  const policy = { capacity: 2, waitlist: true }
  it('confirms while seats are free, then waitlists at the end', () => {
    expect(decideSeat({ confirmed: 1, waitlisted: 0 }, policy)).toEqual({ status: 'confirmed' })
    expect(decideSeat({ confirmed: 2, waitlisted: 0 }, policy)).toEqual({ status: 'waitlisted', position: 1 })
    expect(decideSeat({ confirmed: 2, waitlisted: 7 }, policy)).toEqual({ status: 'waitlisted', position: 8 })
  })
  it('refuses a full event without a waitlist and never refuses an unlimited one', () => {
    expect(decideSeat({ confirmed: 2, waitlisted: 0 }, { capacity: 2, waitlist: false })).toEqual({ status: 'refused', reason: 'full' })
    expect(decideSeat({ confirmed: 5000, waitlisted: 0 }, { capacity: null, waitlist: false })).toEqual({ status: 'confirmed' })
  })
})

describe('planStatusChange', () => {
  const policy = { capacity: 2, waitlist: true }
  it('frees a seat on cancellation and takes one on check-in from the waitlist only when free', () => {
    expect(planStatusChange({ from: 'confirmed', to: 'cancelled', position: null, counts: { confirmed: 2, waitlisted: 3 }, policy })).toMatchObject({ seatDelta: -1 })
    expect(planStatusChange({ from: 'waitlisted', to: 'attended', position: 2, counts: { confirmed: 2, waitlisted: 3 }, policy })).toEqual({ ok: false, reason: 'full' })
    expect(planStatusChange({ from: 'waitlisted', to: 'confirmed', position: 2, counts: { confirmed: 1, waitlisted: 3 }, policy })).toMatchObject({
      seatDelta: 1,
      waitlistDelta: -1,
      leavesWaitlistAt: 2,
    })
  })
  it('treats check-in as keeping the seat and refuses to demote a seat holder to the waitlist', () => {
    expect(planStatusChange({ from: 'confirmed', to: 'attended', position: null, counts: { confirmed: 2, waitlisted: 0 }, policy })).toMatchObject({ seatDelta: 0, waitlistDelta: 0 })
    expect(planStatusChange({ from: 'attended', to: 'waitlisted', position: null, counts: { confirmed: 2, waitlisted: 0 }, policy })).toEqual({ ok: false, reason: 'cancel-instead' })
  })
})

/**
 * A model of one event's registrations driven only by the functions above, the way the ledger
 * drives the database: random sequences of registrations, status changes and capacity increases
 * must keep the invariants stated in seats.ts.
 */
type Entry = { id: number; status: RegistrationStatus; position: number | null; joinedWaitlist: number | null }

class EventModel {
  entries: Entry[] = []
  counts: SeatCounts = { confirmed: 0, waitlisted: 0 }
  private clock = 0

  constructor(public policy: SeatPolicy) {}

  register() {
    const decision = decideSeat(this.counts, this.policy)
    if (decision.status === 'refused') return
    const id = this.entries.length
    if (decision.status === 'confirmed') {
      this.counts.confirmed += 1
      this.entries.push({ id, status: 'confirmed', position: null, joinedWaitlist: null })
    } else {
      this.counts.waitlisted += 1
      this.entries.push({ id, status: 'waitlisted', position: decision.position, joinedWaitlist: (this.clock += 1) })
    }
  }

  change(index: number, to: RegistrationStatus) {
    const entry = this.entries[index % Math.max(1, this.entries.length)]
    if (!entry) return
    this.apply(entry, to)
    this.promote()
  }

  raiseCapacity(by: number) {
    if (this.policy.capacity !== null) this.policy = { ...this.policy, capacity: this.policy.capacity + by }
    this.promote()
  }

  private apply(entry: Entry, to: RegistrationStatus) {
    const plan = planStatusChange({ from: entry.status, to, position: entry.position, counts: this.counts, policy: this.policy })
    if (!plan.ok) return
    this.counts = { confirmed: this.counts.confirmed + plan.seatDelta, waitlisted: this.counts.waitlisted + plan.waitlistDelta }
    if (plan.leavesWaitlistAt !== null) {
      for (const other of this.entries) if (other.position !== null && other.position > plan.leavesWaitlistAt) other.position -= 1
    }
    entry.status = to
    entry.position = positionAfter(plan, to, entry.position)
    if (plan.joinsWaitlistAt !== null) entry.joinedWaitlist = this.clock += 1
  }

  /** Position 1 takes the free seat, as many times as `promotionsDue` says. */
  private promote() {
    for (let due = promotionsDue(this.counts, this.policy); due > 0; due -= 1) {
      const head = this.entries.find((entry) => entry.position === 1)
      if (!head) throw new Error('the waitlist has no position 1')
      this.apply(head, 'confirmed')
    }
  }
}

const operation = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ kind: 'register' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('change' as const), index: fc.nat(), to: fc.constantFrom(...REGISTRATION_STATUSES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raise' as const), by: fc.integer({ min: 1, max: 3 }) }) },
)

describe('the seat invariants on random sequences', () => {
  it('never overbooks, keeps positions 1…n in joining order, and lets nobody wait beside a free seat', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
        fc.boolean(),
        fc.array(operation, { maxLength: 60 }),
        (capacity, waitlist, operations) => {
          const model = new EventModel({ capacity, waitlist })
          for (const op of operations) {
            if (op.kind === 'register') model.register()
            else if (op.kind === 'change') model.change(op.index, op.to)
            else model.raiseCapacity(op.by)

            const seated = model.entries.filter((entry) => holdsSeat(entry.status))
            const waiting = model.entries.filter((entry) => entry.status === 'waitlisted')
            expect(model.counts).toEqual({ confirmed: seated.length, waitlisted: waiting.length })
            if (model.policy.capacity !== null) expect(seated.length).toBeLessThanOrEqual(model.policy.capacity)
            const byPosition = [...waiting].sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
            expect(byPosition.map((entry) => entry.position)).toEqual(waiting.map((_, index) => index + 1))
            expect(byPosition.map((entry) => entry.joinedWaitlist)).toEqual([...byPosition.map((entry) => entry.joinedWaitlist)].sort((a, b) => (a ?? 0) - (b ?? 0)))
            if (waiting.length > 0) expect(promotionsDue(model.counts, model.policy)).toBe(0)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
