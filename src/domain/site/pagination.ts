/** A page number from a query parameter: a positive whole number, anything else is the first page. */
export function pageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) return 1
  return Number(value)
}

export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' }

/**
 * The page links of a paginated list: always the first and last page and a window around the
 * current one, with gaps between ("1 … 4 5 6 … 20").
 */
export function pageLinks(current: number, total: number, window = 1): PageLink[] {
  if (total <= 1) return []
  const shown = new Set<number>([1, total])
  for (let page = current - window; page <= current + window; page += 1) {
    if (page >= 1 && page <= total) shown.add(page)
  }
  const sorted = [...shown].sort((a, b) => a - b)
  const links: PageLink[] = []
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && page - previous > 1) links.push({ kind: 'gap' })
    links.push({ kind: 'page', page, current: page === current })
  })
  return links
}
