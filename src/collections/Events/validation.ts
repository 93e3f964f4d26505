type DateValue = Date | string | null | undefined

/** Shared by events and seminar terms: an end, when given, lies after the start. */
export function endsAfterStart(
  value: DateValue,
  { siblingData, req }: { siblingData: { startsAt?: DateValue }; req: { i18n: { language: string } } },
): string | true {
  if (!value || !siblingData.startsAt) return true
  if (new Date(value) >= new Date(siblingData.startsAt)) return true
  return req.i18n.language === 'cs' ? 'Konec musí být po začátku.' : 'The end must be after the start.'
}
