import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo'
import { feature } from 'topojson-client'
import countriesTopology from 'world-atlas/countries-50m.json'

import type { GeoPoint } from './regionCentres'

export type MapNode = GeoPoint & { id: string; label: string; side: 'home' | 'partner' }
export type MapLink = { from: string; to: string; partnerships: number }

export type ProjectedNode = MapNode & { x: number; y: number }
export type ProjectedLink = MapLink & { x1: number; y1: number; x2: number; y2: number }
export type PartnershipMap = {
  width: number
  height: number
  /** SVG path data of the countries in view, for the background. */
  countries: string[]
  nodes: ProjectedNode[]
  links: ProjectedLink[]
}

type CountryShape = { bounds: [[number, number], [number, number]]; geometry: GeoPermissibleObjects }

let countryShapes: CountryShape[] | undefined

/** Natural Earth's 1:50m countries (world-atlas), decoded once per process. */
function countries(): CountryShape[] {
  countryShapes ??= (() => {
    // The JSON import is typed structurally from the file; topojson-client wants its own Topology type.
    const topology = countriesTopology as unknown as Parameters<typeof feature>[0]
    const collection = feature(topology, topology.objects.countries!) as unknown as { features: GeoPermissibleObjects[] }
    return collection.features.map((geometry) => ({ geometry, bounds: geoBounds(geometry) }))
  })()
  return countryShapes
}

const overlaps = (a: [[number, number], [number, number]], b: [[number, number], [number, number]]) =>
  a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1]

/**
 * Lays out a map of regions and the partnerships between them: a Mercator projection fitted to
 * the regions (at least a few degrees wide, so a single country still shows its neighbours), with
 * the outlines of the countries in view. No tiles, no client-side script: the page draws it as SVG.
 */
export function layoutPartnershipMap(nodes: readonly MapNode[], links: readonly MapLink[], width = 640, height = 440): PartnershipMap {
  if (nodes.length === 0) return { width, height, countries: [], nodes: [], links: [] }
  const lons = nodes.map((node) => node.longitude)
  const lats = nodes.map((node) => node.latitude)
  const minSpan = 6
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), minSpan)
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), minSpan / 2)
  const view: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  }
  const padding = 28
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    view,
  )
  const path = geoPath(projection)
  const visible: [[number, number], [number, number]] = [
    [west - 10, south - 6],
    [east + 10, north + 6],
  ]
  const outlines = countries()
    .filter((country) => overlaps(country.bounds, visible))
    .map((country) => path(country.geometry))
    .filter((d): d is string => typeof d === 'string' && d.length > 0)

  const projected = nodes.map((node) => {
    const [x, y] = projection([node.longitude, node.latitude]) ?? [0, 0]
    return { ...node, x: round(x), y: round(y) }
  })
  const byId = new Map(projected.map((node) => [node.id, node]))
  const projectedLinks = links.flatMap((link) => {
    const from = byId.get(link.from)
    const to = byId.get(link.to)
    return from && to ? [{ ...link, x1: from.x, y1: from.y, x2: to.x, y2: to.y }] : []
  })
  return { width, height, countries: outlines, nodes: projected, links: projectedLinks }
}

const round = (value: number) => Math.round(value * 10) / 10

function widen(min: number, max: number, span: number): [number, number] {
  if (max - min >= span) return [min - span / 6, max + span / 6]
  const centre = (min + max) / 2
  return [centre - span / 2, centre + span / 2]
}
