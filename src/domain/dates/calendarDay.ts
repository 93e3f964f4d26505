/**
 * Dates without a time of day (membership since/until) are stored at noon UTC, which is the same
 * calendar day in every European time zone, and read back as that day in Prague.
 */
export const storedDay = (isoDay: string): string => `${isoDay}T12:00:00.000Z`

const pragueDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day (YYYY-MM-DD) of a stored date in Prague; null for no date. */
export const calendarDay = (stored: string | Date | null | undefined): string | null =>
  stored ? pragueDay.format(new Date(stored)) : null
