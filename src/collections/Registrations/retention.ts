import type { Payload, Where } from 'payload'

import type { Id } from '@/access/ids'

import { anonymise } from './service'
import { inRegistrationTransaction } from './transactions'

/**
 * Anonymises every registration for an event or seminar term that started before `cutoff` and
 * still holds personal data; returns how many. Each registration is its own small transaction,
 * so the nightly run never holds the database for long.
 */
export async function anonymiseExpiredRegistrations(payload: Payload, cutoff: Date): Promise<number> {
  const before = cutoff.toISOString()
  const { docs: events } = await payload.find({ collection: 'events', where: { startsAt: { less_than: before } }, pagination: false, depth: 0, select: { startsAt: true } })
  const { docs: seminars } = await payload.find({ collection: 'seminars', where: { 'terms.startsAt': { less_than: before } }, pagination: false, depth: 0, select: { terms: true } })
  const expired: Where[] = []
  if (events.length > 0) expired.push({ event: { in: events.map((event) => event.id) } })
  for (const seminar of seminars) {
    const terms = seminar.terms.filter((term) => term.id && term.startsAt < before).map((term) => term.id as string)
    if (terms.length > 0) expired.push({ and: [{ seminar: { equals: seminar.id } }, { seminarTermId: { in: terms } }] })
  }
  if (expired.length === 0) return 0

  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ or: expired }, { anonymisedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    select: { status: true },
  })
  for (const { id } of docs) {
    await inRegistrationTransaction(payload, async (req) => {
      const registration = await payload.findByID({ collection: 'registrations', id: id as Id, depth: 0, req })
      await anonymise(payload, registration, req)
    })
  }
  return docs.length
}
