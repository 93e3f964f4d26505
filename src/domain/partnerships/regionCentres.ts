import type { CzechRegionCode } from '@/domain/municipalities/regions'

export type GeoPoint = { latitude: number; longitude: number }

/**
 * Approximate centres of the 14 Czech regions (by RÚIAN code), so the partnership map can place
 * regions that the municipality import created without coordinates.
 */
const CZECH_REGION_CENTRES: Record<CzechRegionCode, GeoPoint> = {
  '19': { latitude: 50.08, longitude: 14.44 },
  '27': { latitude: 49.88, longitude: 14.62 },
  '35': { latitude: 49.05, longitude: 14.45 },
  '43': { latitude: 49.55, longitude: 13.25 },
  '51': { latitude: 50.2, longitude: 12.75 },
  '60': { latitude: 50.55, longitude: 13.85 },
  '78': { latitude: 50.75, longitude: 15.0 },
  '86': { latitude: 50.4, longitude: 15.85 },
  '94': { latitude: 49.9, longitude: 16.1 },
  '108': { latitude: 49.45, longitude: 15.6 },
  '116': { latitude: 49.05, longitude: 16.6 },
  '124': { latitude: 49.75, longitude: 17.15 },
  '132': { latitude: 49.8, longitude: 18.1 },
  '141': { latitude: 49.15, longitude: 17.75 },
}

type RegionWithCentre = {
  code: string
  kind: string
  centre?: { latitude?: number | null; longitude?: number | null } | null
}

/** Where a region sits on the map: its recorded centre, else a Czech region's built-in one. */
export function centreOf(region: RegionWithCentre): GeoPoint | null {
  const { latitude, longitude } = region.centre ?? {}
  if (typeof latitude === 'number' && typeof longitude === 'number') return { latitude, longitude }
  if (region.kind === 'cz-region' && region.code in CZECH_REGION_CENTRES) return CZECH_REGION_CENTRES[region.code as CzechRegionCode]
  return null
}
