/** One bar of a horizontal stacked bar chart: a label and the sizes of its segments, in series order. */
export interface BarInput {
  label: string
  values: readonly number[]
}

export interface Segment {
  series: number
  value: number
  x: number
  width: number
}

export interface BarLayout {
  label: string
  total: number
  y: number
  segments: Segment[]
}

export interface ChartLayout {
  bars: BarLayout[]
  /** Value of the right end of the plot area, a round number at or above the largest total. */
  scaleMax: number
  ticks: number[]
  height: number
}

/** A round axis maximum: 1, 2, 2.5 or 5 times a power of ten, at or above `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10
  return step * power
}

/**
 * Positions of the bars and segments of a horizontal stacked bar chart in a plot area `width`
 * wide, one bar `barHeight` high per row with `gap` between rows. Pure geometry; the component
 * draws it.
 */
export function stackedBars(rows: readonly BarInput[], { width, barHeight, gap }: { width: number; barHeight: number; gap: number }): ChartLayout {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0))
  const scaleMax = niceMax(Math.max(0, ...totals))
  const scale = width / scaleMax
  const bars = rows.map((row, index) => {
    let x = 0
    const segments: Segment[] = []
    row.values.forEach((value, series) => {
      if (value <= 0) return
      segments.push({ series, value, x: Math.round(x * 10) / 10, width: Math.round(value * scale * 10) / 10 })
      x += value * scale
    })
    return { label: row.label, total: totals[index] ?? 0, y: index * (barHeight + gap), segments }
  })
  const tickStep = scaleMax / 4
  return {
    bars,
    scaleMax,
    ticks: [0, 1, 2, 3, 4].map((tick) => tick * tickStep),
    height: rows.length * (barHeight + gap) - (rows.length > 0 ? gap : 0),
  }
}
