/**
 * An instant written as the wall-clock time of a zone with its offset, as schema.org and
 * calendar readers prefer it: 2025-03-04T08:00Z in Prague is "2025-03-04T09:00:00+01:00".
 */
export function toZonedIso(instant: string | Date, timeZone: string): string {
  const date = new Date(instant)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '')
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
}
