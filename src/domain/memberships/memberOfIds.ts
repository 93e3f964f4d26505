/**
 * The associations a municipality is an active member of, stored in one text column as
 * "|3|17|" so that the directory filters by membership with a plain `contains "|3|"` on the
 * municipality row, instead of a join through a relationship table (which made the directory
 * query several times slower). Ids are numbers on SQLite and strings on MongoDB; both are
 * written as text.
 */
export function encodeMemberOf(ids: Iterable<number | string>): string {
  const distinct = [...new Set([...ids].map(String))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  return distinct.length === 0 ? '' : `|${distinct.join('|')}|`
}

export const decodeMemberOf = (value: string | null | undefined): string[] => (value ?? '').split('|').filter(Boolean)

/** The text a municipality's `memberOfIds` contains when it is an active member of the association. */
export const memberOfToken = (association: number | string): string => `|${association}|`
