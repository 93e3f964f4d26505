import { COOPERATION_AREAS, type CooperationArea } from './cooperationAreas'
import type { MapLink, MapNode } from './map'
import type { GeoPoint } from './regionCentres'

/** A region as the public pages show it. */
export type PublicRegion = {
  id: string
  code: string
  name: string
  kind: 'cz-region' | 'pl-voivodeship' | 'foreign-partner-region'
  country: string
  languages: string[]
  profile: string | null
  partnerRegionIds: string[]
  acceptsApplications: boolean
  centre: GeoPoint | null
}

/** An established partnership on the public map and list. */
export type PublicPartnership = {
  id: string
  municipality: string
  homeRegionId: string | null
  partnerName: string
  partnerRegionId: string
  partnerWebsite: string | null
  since: number | null
  areas: CooperationArea[]
  description: string | null
}

export type PartnershipFilters = { region?: string; country?: string; area?: CooperationArea }

/** Reads the filters from a query string, ignoring anything that is not a known value. */
export function parseFilters(params: Record<string, string | string[] | undefined>, regions: readonly PublicRegion[]): PartnershipFilters {
  const single = (key: string) => {
    const value = params[key]
    return typeof value === 'string' && value !== '' ? value : undefined
  }
  const filters: PartnershipFilters = {}
  const region = single('region')
  if (region && regions.some((candidate) => candidate.kind === 'cz-region' && candidate.code === region)) filters.region = region
  const country = single('country')
  if (country && regions.some((candidate) => candidate.kind !== 'cz-region' && candidate.country === country)) filters.country = country
  const area = single('area')
  if (area && COOPERATION_AREAS.includes(area as CooperationArea)) filters.area = area as CooperationArea
  return filters
}

/** Partnerships that match every filter given, sorted by municipality, then partner. */
export function filterPartnerships(
  partnerships: readonly PublicPartnership[],
  regions: readonly PublicRegion[],
  filters: PartnershipFilters,
): PublicPartnership[] {
  const byId = new Map(regions.map((region) => [region.id, region]))
  const homeRegionId = filters.region ? regions.find((region) => region.kind === 'cz-region' && region.code === filters.region)?.id : undefined
  return partnerships
    .filter((partnership) => !filters.region || partnership.homeRegionId === homeRegionId)
    .filter((partnership) => !filters.country || byId.get(partnership.partnerRegionId)?.country === filters.country)
    .filter((partnership) => !filters.area || partnership.areas.includes(filters.area))
    .sort((a, b) => a.municipality.localeCompare(b.municipality, 'cs') || a.partnerName.localeCompare(b.partnerName, 'cs'))
}

/**
 * What the map draws: the Czech regions involved, their partner regions, and a line for each pair
 * of regions with the number of partnerships between them. A Czech region's partner regions are
 * linked even without partnerships yet (drawn with 0), so the map shows where one may apply.
 */
export function partnershipMapData(
  regions: readonly PublicRegion[],
  partnerships: readonly PublicPartnership[],
  homeRegionIds: readonly string[],
): { nodes: MapNode[]; links: MapLink[] } {
  const byId = new Map(regions.map((region) => [region.id, region]))
  const counts = new Map<string, number>()
  const key = (home: string, partner: string) => `${home}→${partner}`
  for (const home of homeRegionIds) {
    for (const partner of byId.get(home)?.partnerRegionIds ?? []) counts.set(key(home, partner), 0)
  }
  for (const partnership of partnerships) {
    if (!partnership.homeRegionId || !homeRegionIds.includes(partnership.homeRegionId)) continue
    const pair = key(partnership.homeRegionId, partnership.partnerRegionId)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  const links: MapLink[] = [...counts].map(([pair, count]) => {
    const [from = '', to = ''] = pair.split('→')
    return { from, to, partnerships: count }
  })
  const nodeIds = new Set(links.flatMap((link) => [link.from, link.to]).concat(homeRegionIds))
  const nodes: MapNode[] = []
  for (const id of nodeIds) {
    const region = byId.get(id)
    if (!region?.centre) continue
    nodes.push({ id, label: region.name, side: region.kind === 'cz-region' ? 'home' : 'partner', ...region.centre })
  }
  return { nodes, links: links.filter((link) => nodes.some((node) => node.id === link.from) && nodes.some((node) => node.id === link.to)) }
}
