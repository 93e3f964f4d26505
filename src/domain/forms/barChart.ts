import { percent } from './results'

export type BarChartRow = { label: string; count: number }

export type BarChartLayout = {
  width: number
  height: number
  labelWidth: number
  bars: { label: string; count: number; percent: number; y: number; barWidth: number; textY: number }[]
}

const ROW_HEIGHT = 28
const BAR_HEIGHT = 18

/**
 * Geometry of a horizontal bar chart: one row per option, bars scaled to the largest count, and
 * each bar's percentage of `answered` (people who answered the question) for its label.
 */
export function layoutBarChart(rows: readonly BarChartRow[], answered: number, width = 560, labelWidth = 200): BarChartLayout {
  const largest = Math.max(1, ...rows.map((row) => row.count))
  const plotWidth = width - labelWidth - 90
  return {
    width,
    labelWidth,
    height: rows.length * ROW_HEIGHT + 8,
    bars: rows.map((row, index) => ({
      label: row.label,
      count: row.count,
      percent: percent(row.count, answered),
      y: 4 + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2,
      barWidth: Math.round((row.count / largest) * plotWidth),
      textY: 4 + index * ROW_HEIGHT + ROW_HEIGHT / 2,
    })),
  }
}
