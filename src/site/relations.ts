/**
 * A relationship value as a document, or null when it is only an id: not populated because of
 * the depth, or withheld because the viewer may not read it (a members-only document).
 */
export function populated<T extends object>(value: number | string | T | null | undefined): T | null {
  return value !== null && typeof value === 'object' ? value : null
}

export function populatedAll<T extends object>(values: readonly (number | string | T)[] | null | undefined): T[] {
  return (values ?? []).map((value) => populated(value)).filter((value): value is T => value !== null)
}
