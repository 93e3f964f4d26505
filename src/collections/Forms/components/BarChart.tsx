import { layoutBarChart, type BarChartRow } from '@/domain/forms/barChart'

/**
 * A horizontal bar chart as plain SVG. Screen readers get the title and a description listing
 * every bar; the table beside it carries the same numbers for everyone.
 */
export function BarChart({ id, title, rows, answered }: { id: string; title: string; rows: BarChartRow[]; answered: number }) {
  const chart = layoutBarChart(rows, answered)
  const description = chart.bars.map((bar) => `${bar.label}: ${bar.count} (${bar.percent} %)`).join('; ')
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width="100%"
      style={{ maxWidth: chart.width, display: 'block' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {chart.bars.map((bar) => (
        <g key={bar.label}>
          <text x={chart.labelWidth - 8} y={bar.textY} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="currentColor">
            {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
          </text>
          <rect x={chart.labelWidth} y={bar.y} width={Math.max(bar.barWidth, 1)} height={18} fill="#0b5cad" />
          <text x={chart.labelWidth + bar.barWidth + 6} y={bar.textY} dominantBaseline="middle" fontSize="13" fill="currentColor">
            {`${bar.count} (${bar.percent} %)`}
          </text>
        </g>
      ))}
    </svg>
  )
}
