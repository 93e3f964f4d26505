import type { Payload, TypedUser } from 'payload'

import { idOf, sameId, type Id, type Ref } from '@/access/ids'
import { scopedAssociations, staffOf } from '@/access/roles'
import type { Attendee } from '@/domain/registration/attendees'
import { remainingSeats, REGISTRATION_STATUSES, type RegistrationStatus } from '@/domain/registration/seats'

import { municipalityLabel } from './municipalities'
import type { RegistrationTarget } from './targets'

/**
 * Registrations are personal data of the organiser's event: only admins and staff working for
 * the organising association may list, count, export or print them. (A predicate of this
 * collection: the shared ones in src/access/ scope documents, not the events they point at.)
 */
export function mayManageRegistrationsOf(user: TypedUser | null, target: Pick<RegistrationTarget, 'association'>): boolean {
  const staff = staffOf({ user })
  if (!staff) return false
  const associations = scopedAssociations(staff)
  return associations === null || associations.some((id) => sameId(id, target.association))
}

export type RegistrationSummary = Record<RegistrationStatus, number> & { capacity: number | null; remaining: number | null }

/** Counts per status and the seats still free, straight from the registrations. */
export async function registrationSummary(payload: Payload, target: RegistrationTarget): Promise<RegistrationSummary> {
  const counts = Object.fromEntries(
    await Promise.all(
      REGISTRATION_STATUSES.map(async (status) => {
        const { totalDocs } = await payload.count({ collection: 'registrations', where: { and: [{ targetKey: { equals: target.key } }, { status: { equals: status } }] } })
        return [status, totalDocs] as const
      }),
    ),
  ) as Record<RegistrationStatus, number>
  const seated = counts.confirmed + counts.attended
  return { ...counts, capacity: target.policy.capacity, remaining: remainingSeats({ confirmed: seated, waitlisted: counts.waitlisted }, target.policy) }
}

/** Everyone registered for a target, with municipality, district and region spelled out for the export. */
export async function attendeesOf(payload: Payload, target: RegistrationTarget, user: TypedUser | null): Promise<Attendee[]> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { targetKey: { equals: target.key } },
    pagination: false,
    depth: 0,
    // The staff user's own read access applies on top of the caller's check.
    overrideAccess: false,
    user,
  })
  const municipalityIds = [...new Set(docs.flatMap((doc) => [idOf(doc.municipality as Ref), idOf(doc.proxy?.representsMunicipality as Ref)]).filter((id): id is Id => id !== undefined))]
  const { docs: municipalities } = municipalityIds.length
    ? await payload.find({ collection: 'municipalities', where: { id: { in: municipalityIds } }, pagination: false, depth: 1, select: { name: true, district: true, region: true } })
    : { docs: [] }
  const byId = new Map(municipalities.map((municipality) => [String(municipality.id), municipality]))
  return docs.map((doc) => {
    const municipality = byId.get(String(idOf(doc.municipality as Ref)))
    const represented = byId.get(String(idOf(doc.proxy?.representsMunicipality as Ref)))
    const region = municipality?.region && typeof municipality.region === 'object' ? municipality.region.name : null
    return {
      name: doc.attendeeName,
      email: doc.email,
      phone: doc.phone,
      municipality: municipality?.name ?? null,
      district: municipality?.district ?? null,
      region,
      organisation: doc.organisationName,
      position: doc.position,
      status: doc.status,
      waitlistPosition: doc.waitlistPosition,
      needs: doc.needs,
      representsMunicipality: represented ? municipalityLabel(represented) : null,
      authorisationApproved: doc.proxy?.representsMunicipality ? Boolean(doc.proxy.approved) : null,
      registeredAt: doc.createdAt,
    }
  })
}
