import { describe, expect, it } from 'vitest'

import { CZECH_REGIONS } from '../municipalities/regions'
import { DRAWING_ORDER, MAP_HEIGHT, MAP_WIDTH, REGION_RINGS, regionLabelPoint, regionPath, shareClass } from './czechRegions'

const edgesOf = (ring: readonly string[]) => ring.map((point, index) => [point, ring[(index + 1) % ring.length] ?? ''].sort().join('–'))

describe('the schematic map of Czech regions', () => {
  it('has a shape for every region and draws each once, Prague last', () => {
    expect(Object.keys(REGION_RINGS).sort()).toEqual(CZECH_REGIONS.map((region) => region.code).sort())
    expect([...DRAWING_ORDER].sort()).toEqual(Object.keys(REGION_RINGS).sort())
    expect(DRAWING_ORDER.at(-1)).toBe('19')
  })

  it('leaves no gap: every inner border is shared by exactly two regions', () => {
    const uses = new Map<string, number>()
    for (const [code, ring] of Object.entries(REGION_RINGS)) {
      if (code === '19') continue
      for (const edge of edgesOf(ring)) uses.set(edge, (uses.get(edge) ?? 0) + 1)
    }
    const outer = [...uses].filter(([, count]) => count === 1).map(([edge]) => edge)
    expect([...uses.values()].every((count) => count <= 2)).toBe(true)
    // The edges used once form the national border: every border point has exactly two border neighbours.
    const degree = new Map<string, number>()
    for (const edge of outer) for (const point of edge.split('–')) degree.set(point, (degree.get(point) ?? 0) + 1)
    expect([...degree.values()].every((count) => count === 2)).toBe(true)
    expect(outer).toHaveLength(degree.size)
  })

  it('draws closed paths inside the view box', () => {
    for (const code of DRAWING_ORDER) {
      const path = regionPath(code)
      expect(path).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z$/)
      for (const [, x, y] of path.matchAll(/([\d.]+) ([\d.]+)/g)) {
        expect(Number(x)).toBeLessThanOrEqual(MAP_WIDTH)
        expect(Number(y)).toBeLessThanOrEqual(MAP_HEIGHT)
      }
      const [labelX, labelY] = regionLabelPoint(code)
      expect(labelX).toBeGreaterThan(0)
      expect(labelY).toBeGreaterThan(0)
    }
  })
})

describe('shareClass', () => {
  it.each([
    [0, 0],
    [0.19, 0],
    [0.2, 1],
    [0.55, 2],
    [0.79, 3],
    [0.8, 4],
    [1, 4],
  ])('puts a share of %d in class %d', (share, expected) => {
    expect(shareClass(share)).toBe(expected)
  })
})
