/**
 * Event times in the seed are written as the organisers announce them — a local date and clock
 * time in the event's time zone — and stored as the UTC instant they denote, so a meeting at
 * 09:00 in Prague is 08:00Z in March (CET) and 07:00Z in April (CEST).
 */
export type LocalDate = `${number}-${number}-${number}`
export type LocalTime = `${number}:${number}`

const partsFormatter = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]))
  const wallClock = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  return wallClock - instant
}

/** The ISO instant (UTC) of a local date and time in `timeZone`, e.g. ('2025-03-04', '09:00', 'Europe/Prague'). */
export function localToUtc(date: LocalDate, time: LocalTime, timeZone: string): string {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time)
  if (!dateMatch || !timeMatch) throw new Error(`Not a local date and time: ${date} ${time}`)
  const [, year, month, day] = dateMatch.map(Number)
  const [, hour, minute] = timeMatch.map(Number)
  const asIfUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0)
  // Two rounds settle the offset on either side of a daylight-saving change.
  let instant = asIfUtc - offsetAt(asIfUtc, timeZone)
  instant = asIfUtc - offsetAt(instant, timeZone)
  return new Date(instant).toISOString()
}
