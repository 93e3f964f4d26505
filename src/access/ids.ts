/**
 * Relationship values come back either as an id or as a populated document, and ids are
 * numbers on SQL adapters but strings on MongoDB. Compare them only through these helpers.
 */
export type Id = number | string
export type Ref = Id | { id: Id } | null | undefined

export const idOf = (ref: Ref): Id | undefined =>
  ref === null || ref === undefined ? undefined : typeof ref === 'object' ? ref.id : ref

export const idsOf = (refs: readonly Ref[] | null | undefined): Id[] =>
  (refs ?? []).map(idOf).filter((id): id is Id => id !== undefined)

export const sameId = (a: Ref, b: Ref): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
