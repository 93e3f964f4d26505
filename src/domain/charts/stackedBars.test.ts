import { describe, expect, it } from 'vitest'

import { niceMax, stackedBars } from './stackedBars'

describe('niceMax', () => {
  it.each([
    [0, 1],
    [7, 10],
    [190, 200],
    [230, 250],
    [1144, 2000],
    [2500, 2500],
  ])('rounds %d up to %d', (value, expected) => {
    expect(niceMax(value)).toBe(expected)
  })
})

describe('stackedBars', () => {
  it('lays segments end to end in proportion to the values, skipping empty ones', () => {
    const layout = stackedBars(
      [
        { label: 'Plzeňský kraj', values: [1, 0, 149] },
        { label: 'Praha', values: [1, 0, 0] },
      ],
      { width: 400, barHeight: 20, gap: 6 },
    )
    expect(layout.scaleMax).toBe(200)
    expect(layout.ticks).toEqual([0, 50, 100, 150, 200])
    expect(layout.height).toBe(46)
    expect(layout.bars[0]).toEqual({
      label: 'Plzeňský kraj',
      total: 150,
      y: 0,
      segments: [
        { series: 0, value: 1, x: 0, width: 2 },
        { series: 2, value: 149, x: 2, width: 298 },
      ],
    })
    expect(layout.bars[1]?.y).toBe(26)
  })

  it('draws an empty chart for no members', () => {
    expect(stackedBars([{ label: 'Zlínský kraj', values: [0, 0, 0] }], { width: 400, barHeight: 20, gap: 6 }).bars[0]?.segments).toEqual([])
  })
})
