import { layoutPartnershipMap, type MapLink, type MapNode } from '@/domain/partnerships/map'

/**
 * The partnership map as plain SVG: country outlines, Czech regions as circles, partner regions
 * as squares (shape, not only colour, tells them apart), and a line for each pair of regions,
 * thicker with more partnerships. It is an image with a title and description; the list beside
 * it carries the same information for screen readers and keyboard users.
 */
export function PartnershipMap({ id, title, description, nodes, links }: { id: string; title: string; description: string; nodes: MapNode[]; links: MapLink[] }) {
  const map = layoutPartnershipMap(nodes, links)
  if (map.nodes.length === 0) return null
  return (
    <figure className="partnership-map">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${map.width} ${map.height}`} width="100%">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect width={map.width} height={map.height} className="partnership-map__sea" />
        <g className="partnership-map__countries">
          {map.countries.map((d, index) => (
            <path key={index} d={d} />
          ))}
        </g>
        <g className="partnership-map__links">
          {map.links.map((link) => (
            <line
              key={`${link.from}-${link.to}`}
              x1={link.x1}
              y1={link.y1}
              x2={link.x2}
              y2={link.y2}
              strokeWidth={1.5 + Math.min(link.partnerships, 8)}
              strokeDasharray={link.partnerships === 0 ? '4 4' : undefined}
            />
          ))}
        </g>
        <g className="partnership-map__nodes">
          {map.nodes.map((node) =>
            node.side === 'home' ? (
              <circle key={node.id} cx={node.x} cy={node.y} r={7} className="partnership-map__home" />
            ) : (
              <rect key={node.id} x={node.x - 6} y={node.y - 6} width={12} height={12} className="partnership-map__partner" />
            ),
          )}
          {map.nodes.map((node) => {
            // Labels in the right third read leftwards, so they stay inside the picture.
            const leftwards = node.x > (map.width * 2) / 3
            return (
              <text key={`${node.id}-label`} x={leftwards ? node.x - 10 : node.x + 10} y={node.y - 8} textAnchor={leftwards ? 'end' : 'start'} className="partnership-map__label">
                {node.label}
              </text>
            )
          })}
        </g>
      </svg>
    </figure>
  )
}
