export type PersonNameParts = {
  titlesBefore?: string | null
  firstName?: string | null
  lastName?: string | null
  titlesAfter?: string | null
}

/** "Ing. Martin Kukla", "Mgr. Miroslav Žbánek, MPA." — post-nominal titles follow a comma. */
export function formatPersonName({ titlesBefore, firstName, lastName, titlesAfter }: PersonNameParts): string {
  const name = [titlesBefore, firstName, lastName].map((part) => part?.trim()).filter(Boolean).join(' ')
  const after = titlesAfter?.trim()
  return after ? `${name}, ${after}` : name
}
