import { stackedBars } from '@/domain/charts/stackedBars'

export interface ChartSeries {
  label: string
  colour: string
}

const LABEL_WIDTH = 190
const PLOT_WIDTH = 440
const BAR_HEIGHT = 18
const GAP = 8
const AXIS_HEIGHT = 24

/**
 * A horizontal stacked bar chart as SVG: one bar per row, one coloured segment per series, an
 * axis with ticks, and the total at the end of each bar. It is one image with a title and a
 * description for screen readers; the numbers themselves are in the table next to it.
 */
export function MembershipChart({
  id,
  title,
  description,
  rows,
  series,
  locale,
}: {
  id: string
  title: string
  description: string
  rows: { label: string; values: number[] }[]
  series: ChartSeries[]
  locale: string
}) {
  const layout = stackedBars(rows, { width: PLOT_WIDTH, barHeight: BAR_HEIGHT, gap: GAP })
  const numbers = new Intl.NumberFormat(locale)
  const width = LABEL_WIDTH + PLOT_WIDTH + 50
  const height = layout.height + AXIS_HEIGHT + 4
  return (
    <figure>
      <svg className="chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g transform={`translate(${LABEL_WIDTH}, 0)`}>
          {layout.ticks.map((tick) => {
            const x = (tick / layout.scaleMax) * PLOT_WIDTH
            return (
              <g key={tick}>
                <line x1={x} x2={x} y1={0} y2={layout.height} stroke="#c4cbd3" strokeWidth={1} />
                <text x={x} y={layout.height + 16} fontSize={11} textAnchor="middle">
                  {numbers.format(tick)}
                </text>
              </g>
            )
          })}
        </g>
        {layout.bars.map((bar) => (
          <g key={bar.label} transform={`translate(0, ${bar.y})`}>
            <text x={LABEL_WIDTH - 8} y={BAR_HEIGHT - 5} fontSize={12} textAnchor="end">
              {bar.label}
            </text>
            <g transform={`translate(${LABEL_WIDTH}, 0)`}>
              {bar.segments.map((segment) => (
                <rect key={segment.series} x={segment.x} y={0} width={Math.max(segment.width, 1)} height={BAR_HEIGHT} fill={series[segment.series]?.colour} stroke="#fff" strokeWidth={0.5}>
                  <title>{`${bar.label}, ${series[segment.series]?.label ?? ''}: ${numbers.format(segment.value)}`}</title>
                </rect>
              ))}
              <text x={(bar.total / layout.scaleMax) * PLOT_WIDTH + 6} y={BAR_HEIGHT - 5} fontSize={12}>
                {numbers.format(bar.total)}
              </text>
            </g>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          {series.map((entry) => (
            <li key={entry.label}>
              <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
              {entry.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
