/**
 * The id of a relationship value, populated or not, typed as the generated Payload types type it.
 * Unlike `idOf` (src/access/ids.ts) it keeps the collection's id type, so the value can be written
 * back into another document; at run time it is whatever the database uses (number or string).
 */
export function docId<Id extends number | string>(ref: Id | { id: Id } | null | undefined): Id | undefined {
  return ref === null || ref === undefined ? undefined : typeof ref === 'object' ? ref.id : ref
}
