import { MAX_SLUG_LENGTH, slugify } from '../slug/slugify'

export interface SlugSource {
  code: string
  name: string
  district: string
}

/** `base-suffix`, shortening the base rather than the suffix that makes it unique. */
function withSuffix(base: string, suffix: string): string {
  const tail = slugify(suffix)
  if (!tail) return base
  const head = base.slice(0, MAX_SLUG_LENGTH - tail.length - 1).replace(/-+$/, '')
  return head ? `${head}-${tail}` : tail
}

function countOf(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

/**
 * URL slugs for the whole register at once, by RÚIAN code: the name alone where it is unique
 * ("brno"), name and district where the name repeats ("lhota-kolin"), and name, district and
 * code where even that repeats (two Březinas in Brno-venkov). `reserved` are slugs held by
 * records outside the register, which no municipality may take.
 *
 * The result depends only on the rows and `reserved`, never on row order, so re-importing the
 * same register gives every municipality the same slug again. A municipality whose name becomes
 * shared by a new one does move from "name" to "name-district".
 */
export function municipalitySlugs(rows: readonly SlugSource[], reserved: ReadonlySet<string> = new Set()): Map<string, string> {
  const byCode = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const slugs = new Map<string, string>()
  const taken = new Set(reserved)
  const settle = (candidates: { code: string; slug: string }[]) => {
    const counts = countOf(candidates.map((candidate) => candidate.slug))
    const accepted = candidates.filter(({ slug }) => counts.get(slug) === 1 && !taken.has(slug))
    for (const { code, slug } of accepted) slugs.set(code, slug)
    for (const { slug } of accepted) taken.add(slug)
  }

  const bases = new Map(byCode.map((row) => [row.code, slugify(row.name) || 'obec']))
  const baseOf = (row: SlugSource) => bases.get(row.code) ?? 'obec'
  settle(byCode.map((row) => ({ code: row.code, slug: baseOf(row) })))
  const repeated = byCode.filter((row) => !slugs.has(row.code))
  settle(repeated.map((row) => ({ code: row.code, slug: withSuffix(baseOf(row), row.district) })))

  for (const row of repeated.filter((candidate) => !slugs.has(candidate.code))) {
    let slug = withSuffix(baseOf(row), `${row.district} ${row.code}`)
    // Codes are unique, so only a reserved slug that happens to end in this code can get in the way.
    for (let attempt = 2; taken.has(slug); attempt += 1) slug = withSuffix(baseOf(row), `${row.district} ${row.code} ${attempt}`)
    slugs.set(row.code, slug)
    taken.add(slug)
  }
  return slugs
}
