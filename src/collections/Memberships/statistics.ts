import type { Payload, TypedLocale } from 'payload'

import { idOf, type Id } from '@/access/ids'
import { countMembers, membershipShare, type ChamberCounts, type MembershipCounts } from '@/domain/memberships/counts'
import { memberOfToken } from '@/domain/memberships/memberOfIds'
import { CZECH_REGIONS } from '@/domain/municipalities/regions'

export interface RegionStatistics {
  code: string
  name: string
  /** Municipalities of the region in the register. */
  municipalities: number
  members: number
  /** members / municipalities, 0–1. */
  share: number
  byChamber: ChamberCounts
}

export interface AssociationStatistics {
  counts: MembershipCounts
  /** The 14 Czech regions in their official order, then any other region with members. */
  regions: RegionStatistics[]
}

const czechOrder = new Map<string, number>(CZECH_REGIONS.map((region, index) => [region.code, index]))

/**
 * Members of an association by region and chamber, counted from the register as it is now: the
 * active members (municipalities.memberOfIds) with their current region and kind. Nothing is stored,
 * so these figures cannot drift from the register.
 */
export async function associationStatistics(payload: Payload, association: Id, locale: TypedLocale): Promise<AssociationStatistics> {
  const [members, regions] = await Promise.all([
    payload.find({
      collection: 'municipalities',
      where: { memberOfIds: { contains: memberOfToken(association) } },
      select: { region: true, kind: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    payload.find({ collection: 'regions', select: { code: true, name: true }, pagination: false, depth: 0, locale, overrideAccess: false }),
  ])
  const codeOf = new Map(regions.docs.map((region) => [String(region.id), region.code]))
  const counts = countMembers(
    members.docs.map((municipality) => {
      const region = idOf(municipality.region)
      return { regionCode: region === undefined ? null : (codeOf.get(String(region)) ?? null), kind: municipality.kind }
    }),
  )
  const shown = regions.docs.filter((region) => czechOrder.has(region.code) || counts.byRegion.has(region.code))
  const totals = await Promise.all(
    shown.map((region) => payload.count({ collection: 'municipalities', where: { region: { equals: region.id } }, overrideAccess: false })),
  )
  return {
    counts,
    regions: shown
      .map((region, index) => {
        const inRegion = counts.byRegion.get(region.code)
        const municipalities = totals[index]?.totalDocs ?? 0
        const membersInRegion = inRegion?.total ?? 0
        return {
          code: region.code,
          name: region.name,
          municipalities,
          members: membersInRegion,
          share: membershipShare(membersInRegion, municipalities),
          byChamber: inRegion?.byChamber ?? { 'statutory-cities': 0, towns: 0, municipalities: 0, none: 0 },
        }
      })
      .sort((a, b) => (czechOrder.get(a.code) ?? Infinity) - (czechOrder.get(b.code) ?? Infinity) || a.name.localeCompare(b.name, 'cs')),
  }
}
