import { describe, expect, it } from 'vitest'

import { layoutPartnershipMap, type MapNode } from './map'

const nodes: MapNode[] = [
  { id: 'cz27', label: 'Středočeský kraj', side: 'home', latitude: 49.88, longitude: 14.62 },
  { id: 'pl-ds', label: 'Dolnośląskie', side: 'partner', latitude: 51.1, longitude: 16.6 },
  { id: 'fr-hdf', label: 'Hauts-de-France', side: 'partner', latitude: 49.9, longitude: 2.8 },
]

describe('the partnership map', () => {
  it('places every region inside the picture, west to the left and north up', () => {
    const map = layoutPartnershipMap(nodes, [], 640, 440)
    for (const node of map.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0)
      expect(node.x).toBeLessThanOrEqual(640)
      expect(node.y).toBeGreaterThanOrEqual(0)
      expect(node.y).toBeLessThanOrEqual(440)
    }
    const [bohemia, silesia, france] = map.nodes
    expect(france!.x).toBeLessThan(bohemia!.x)
    expect(silesia!.y).toBeLessThan(bohemia!.y)
  })

  it('draws the outlines of the countries around, not of the whole world', () => {
    const map = layoutPartnershipMap(nodes, [])
    expect(map.countries.length).toBeGreaterThan(5)
    expect(map.countries.length).toBeLessThan(80)
    expect(map.countries.every((d) => d.startsWith('M'))).toBe(true)
  })

  it('connects linked regions and drops links to regions it cannot place', () => {
    const map = layoutPartnershipMap(nodes, [
      { from: 'cz27', to: 'pl-ds', partnerships: 3 },
      { from: 'cz27', to: 'nowhere', partnerships: 1 },
    ])
    expect(map.links).toHaveLength(1)
    const [link] = map.links
    const [bohemia, silesia] = map.nodes
    expect(link).toMatchObject({ partnerships: 3, x1: bohemia!.x, y1: bohemia!.y, x2: silesia!.x, y2: silesia!.y })
  })

  it('shows a lone region with its neighbourhood', () => {
    const map = layoutPartnershipMap([nodes[0]!], [])
    // Near the middle: Mercator stretches the north a little more than the south.
    expect(map.nodes[0]!.x).toBe(320)
    expect(Math.abs(map.nodes[0]!.y - 220)).toBeLessThan(10)
    expect(map.countries.length).toBeGreaterThan(3)
  })

  it('draws nothing without regions', () => {
    expect(layoutPartnershipMap([], [])).toEqual({ width: 640, height: 440, countries: [], nodes: [], links: [] })
  })
})
