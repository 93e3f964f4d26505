import { DRAWING_ORDER, MAP_HEIGHT, MAP_WIDTH, regionLabelPoint, regionPath, SHARE_CLASSES, shareClass } from '@/domain/maps/czechRegions'
import type { CzechRegionCode } from '@/domain/municipalities/regions'

/** Light to dark: a larger share of member municipalities is darker; readable in greyscale too. */
const COLOURS = ['#eef4fa', '#c3d9ee', '#86b2db', '#3f7fba', '#1b4f85'] as const
const TEXT_ON = ['#1b1f24', '#1b1f24', '#1b1f24', '#ffffff', '#ffffff'] as const

/**
 * The 14 Czech regions coloured by the share of their municipalities that are members. One image
 * with a title and description; each region carries its name and share as a tooltip, and the
 * figures are in the table on the page.
 */
export function RegionShareMap({
  id,
  title,
  description,
  legendTitle,
  shares,
  locale,
}: {
  id: string
  title: string
  description: string
  legendTitle: string
  shares: Map<string, { name: string; share: number }>
  locale: string
}) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const classOf = (code: CzechRegionCode) => shareClass(shares.get(code)?.share ?? 0)
  return (
    <figure>
      <svg className="map" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} width={MAP_WIDTH * 1.6} height={MAP_HEIGHT * 1.6}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {DRAWING_ORDER.map((code) => (
          <path key={code} d={regionPath(code)} fill={COLOURS[classOf(code)]} stroke="#1b1f24" strokeWidth={0.8} data-region={code}>
            <title>{`${shares.get(code)?.name ?? code}: ${percent.format(shares.get(code)?.share ?? 0)}`}</title>
          </path>
        ))}
        {DRAWING_ORDER.filter((code) => code !== '19').map((code) => {
          const [x, y] = regionLabelPoint(code)
          return (
            <text key={code} x={x} y={y} fontSize={9} textAnchor="middle" fill={TEXT_ON[classOf(code)]} aria-hidden="true">
              {percent.format(shares.get(code)?.share ?? 0)}
            </text>
          )
        })}
      </svg>
      <figcaption>
        <p>{legendTitle}</p>
        <ul className="legend">
          {SHARE_CLASSES.map((lower, index) => {
            const upper = SHARE_CLASSES[index + 1]
            return (
              <li key={lower}>
                <span className="swatch" style={{ background: COLOURS[index] }} aria-hidden="true" />
                {upper === undefined ? `≥ ${percent.format(lower)}` : `${percent.format(lower)} – ${percent.format(upper)}`}
              </li>
            )
          })}
        </ul>
      </figcaption>
    </figure>
  )
}
