import { CHAMBERS, chamberOf, type Chamber, type MunicipalityKind } from '../municipalities/kinds'

/** What the counts need to know of one member municipality. */
export interface MemberFacts {
  /** RÚIAN code of its region, or null when the municipality has none (e.g. abroad). */
  regionCode: string | null
  kind: MunicipalityKind
}

export type ChamberOrNone = Chamber | 'none'
export const CHAMBER_COLUMNS: readonly ChamberOrNone[] = [...CHAMBERS, 'none']

export type ChamberCounts = Record<ChamberOrNone, number>

export interface RegionCounts {
  total: number
  byChamber: ChamberCounts
}

export interface MembershipCounts {
  total: number
  byChamber: ChamberCounts
  /** By region code; a region without members is absent. */
  byRegion: Map<string | null, RegionCounts>
}

const noChambers = (): ChamberCounts => ({ 'statutory-cities': 0, towns: 0, municipalities: 0, none: 0 })

/**
 * Members of an association by region and chamber. The chamber always comes from the
 * municipality's current kind, so a town that becomes a statutory city moves chamber at once.
 */
export function countMembers(members: Iterable<MemberFacts>): MembershipCounts {
  const counts: MembershipCounts = { total: 0, byChamber: noChambers(), byRegion: new Map() }
  for (const member of members) {
    const chamber = chamberOf(member.kind) ?? 'none'
    counts.total += 1
    counts.byChamber[chamber] += 1
    const region = counts.byRegion.get(member.regionCode) ?? { total: 0, byChamber: noChambers() }
    region.total += 1
    region.byChamber[chamber] += 1
    counts.byRegion.set(member.regionCode, region)
  }
  return counts
}

/** Share of a region's municipalities that are members, 0–1; 0 for a region with no municipalities. */
export const membershipShare = (members: number, municipalities: number): number =>
  municipalities > 0 ? Math.min(1, members / municipalities) : 0
