import type { CzechRegionCode } from '../municipalities/regions'

/**
 * A schematic map of the 14 Czech regions: each region is a polygon over shared corner points
 * (longitude, latitude), so neighbouring regions share their border exactly and the map has no
 * gaps. The shapes are simplified by hand to a few dozen points; they are for a choropleth of
 * shares, not for measuring anything.
 */
const POINTS = {
  // The national border, clockwise from the Plzeň–Karlovy Vary junction.
  AB: [12.45, 49.98], A1: [12.2, 50.1], A: [12.09, 50.25], B: [12.5, 50.4], C: [13.05, 50.5], D: [13.55, 50.72],
  E: [14.3, 51.05], F: [14.62, 50.92], G: [15.0, 51.02], H: [15.35, 50.85], I: [16.1, 50.66], I2: [16.35, 50.45],
  J: [16.55, 50.2], K: [16.9, 50.22], K2: [17.0, 50.42], L: [17.25, 50.4], M: [17.65, 50.25], N: [18.05, 50.05],
  N2: [18.55, 49.9], O: [18.85, 49.52], P: [18.45, 49.3], Q: [18.1, 49.05], Q2: [17.65, 48.86], R: [17.25, 48.8],
  S: [16.95, 48.62], T: [16.4, 48.75], U0: [15.8, 48.87], U: [15.25, 48.98], V: [15.0, 48.6], W: [14.7, 48.58],
  X: [14.05, 48.62], Y: [13.45, 48.97], Z: [13.05, 49.25], AA: [12.55, 49.6],
  // Inner borders and the points where three regions meet.
  kvul1: [13.25, 50.3], kvpl1: [12.9, 49.95], kvUlPl: [13.3, 50.1], ulPlSc: [13.55, 50.05], ulsc1: [13.9, 50.25],
  ulsc2: [14.35, 50.4], ulLbSc: [14.75, 50.55], ullb1: [14.7, 50.7], lbScHk: [15.25, 50.45], lbhk1: [15.3, 50.62],
  hksc1: [15.35, 50.15], hkPaSc: [15.4, 50.05], hkpa1: [15.95, 50.1], paol1: [16.85, 49.95], paOlJm: [16.8, 49.62],
  paJmVy: [16.35, 49.6], pavy1: [15.85, 49.7], paVySc: [15.45, 49.8], olms1: [17.55, 49.95], olms2: [17.75, 49.65],
  olMsZl: [17.85, 49.52], olzl1: [17.35, 49.4], olZlJm: [17.15, 49.3], oljm1: [16.95, 49.45], mszl1: [18.2, 49.4],
  zljm1: [17.2, 49.05], jmVyJc: [15.45, 49.1], jmvy1: [16.05, 49.35], jmvy2: [15.75, 49.18], vyjc1: [15.1, 49.35],
  vyJcSc: [14.95, 49.55], vysc1: [15.2, 49.75], jcsc1: [14.35, 49.55], jcScPl: [13.85, 49.5], jcpl1: [13.7, 49.2],
  plsc1: [13.75, 49.8],
  // Prague, an island in the Central Bohemian Region.
  pr1: [14.25, 50.12], pr2: [14.45, 50.18], pr3: [14.68, 50.1], pr4: [14.7, 50.0], pr5: [14.5, 49.94], pr6: [14.3, 49.98],
} as const satisfies Record<string, readonly [number, number]>

export type MapPoint = keyof typeof POINTS

/** The border of each region as a ring of points; Prague is drawn over the Central Bohemian Region. */
export const REGION_RINGS: Record<CzechRegionCode, readonly MapPoint[]> = {
  '51': ['AB', 'A1', 'A', 'B', 'C', 'kvul1', 'kvUlPl', 'kvpl1'],
  '60': ['C', 'D', 'E', 'F', 'ullb1', 'ulLbSc', 'ulsc2', 'ulsc1', 'ulPlSc', 'kvUlPl', 'kvul1'],
  '78': ['F', 'G', 'H', 'lbhk1', 'lbScHk', 'ulLbSc', 'ullb1'],
  '86': ['H', 'I', 'I2', 'J', 'hkpa1', 'hkPaSc', 'hksc1', 'lbScHk', 'lbhk1'],
  '94': ['J', 'K', 'paol1', 'paOlJm', 'paJmVy', 'pavy1', 'paVySc', 'hkPaSc', 'hkpa1'],
  '124': ['K', 'K2', 'L', 'M', 'olms1', 'olms2', 'olMsZl', 'olzl1', 'olZlJm', 'oljm1', 'paOlJm', 'paol1'],
  '132': ['M', 'N', 'N2', 'O', 'P', 'mszl1', 'olMsZl', 'olms2', 'olms1'],
  '141': ['P', 'Q', 'Q2', 'R', 'zljm1', 'olZlJm', 'olzl1', 'olMsZl', 'mszl1'],
  '116': ['R', 'S', 'T', 'U0', 'U', 'jmVyJc', 'jmvy2', 'jmvy1', 'paJmVy', 'paOlJm', 'oljm1', 'olZlJm', 'zljm1'],
  '108': ['jmVyJc', 'vyjc1', 'vyJcSc', 'vysc1', 'paVySc', 'pavy1', 'paJmVy', 'jmvy1', 'jmvy2'],
  '35': ['U', 'V', 'W', 'X', 'Y', 'jcpl1', 'jcScPl', 'jcsc1', 'vyJcSc', 'vyjc1', 'jmVyJc'],
  '43': ['Y', 'Z', 'AA', 'AB', 'kvpl1', 'kvUlPl', 'ulPlSc', 'plsc1', 'jcScPl', 'jcpl1'],
  '27': ['ulPlSc', 'ulsc1', 'ulsc2', 'ulLbSc', 'lbScHk', 'hksc1', 'hkPaSc', 'paVySc', 'vysc1', 'vyJcSc', 'jcsc1', 'jcScPl', 'plsc1'],
  '19': ['pr1', 'pr2', 'pr3', 'pr4', 'pr5', 'pr6'],
}

/** Regions in drawing order: Prague last, so that it lies on top of the region around it. */
export const DRAWING_ORDER: readonly CzechRegionCode[] = ['51', '60', '78', '86', '94', '124', '132', '141', '116', '108', '35', '43', '27', '19']

const WEST = 12.0
const NORTH = 51.1
// Degrees of longitude are shorter than degrees of latitude at 50° N.
const LONGITUDE_SCALE = Math.cos((49.8 * Math.PI) / 180)
const SCALE = 100

export const MAP_WIDTH = Math.round((18.95 - WEST) * LONGITUDE_SCALE * SCALE)
export const MAP_HEIGHT = Math.round((NORTH - 48.5) * SCALE)

const project = ([longitude, latitude]: readonly [number, number]): [number, number] => [
  Math.round((longitude - WEST) * LONGITUDE_SCALE * SCALE * 10) / 10,
  Math.round((NORTH - latitude) * SCALE * 10) / 10,
]

/** The SVG path of a region in a MAP_WIDTH × MAP_HEIGHT view box. */
export function regionPath(code: CzechRegionCode): string {
  const points = REGION_RINGS[code].map((name) => project(POINTS[name]))
  return `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`
}

// The average of its corners would put the Central Bohemian label on Prague.
const LABEL_POINTS: Partial<Record<CzechRegionCode, readonly [number, number]>> = { '27': [14.3, 49.72] }

/** Where to put a region's label: the average of its corners, good enough for these shapes. */
export function regionLabelPoint(code: CzechRegionCode): [number, number] {
  const fixed = LABEL_POINTS[code]
  if (fixed) return project(fixed).map(Math.round) as [number, number]
  const points = REGION_RINGS[code].map((name) => project(POINTS[name]))
  const sum = points.reduce(([sx, sy], [x, y]) => [sx + x, sy + y], [0, 0])
  return [Math.round(sum[0] / points.length), Math.round(sum[1] / points.length)]
}

/** Five classes of membership share for the map's colours: 0 (none) to 4 (80 % and more). */
export const SHARE_CLASSES = [0, 0.2, 0.4, 0.6, 0.8] as const
export function shareClass(share: number): number {
  let index = 0
  for (const [position, lower] of SHARE_CLASSES.entries()) if (share >= lower) index = position
  return index
}
