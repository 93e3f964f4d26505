/**
 * Names for what a registration is for. One event, or one term of a seminar, is a "target":
 * capacity, counts, the waitlist and duplicate detection are all per target.
 */
export type TargetRef = { kind: 'event'; eventId: string | number } | { kind: 'seminar'; seminarId: string | number; termId: string }

export const targetKey = (target: TargetRef): string =>
  target.kind === 'event' ? `event:${target.eventId}` : `seminar:${target.seminarId}:${target.termId}`

export function parseTargetKey(key: string): TargetRef | null {
  const [kind, id, termId, ...rest] = key.split(':')
  if (rest.length > 0 || !id) return null
  if (kind === 'event' && termId === undefined) return { kind: 'event', eventId: id }
  if (kind === 'seminar' && termId) return { kind: 'seminar', seminarId: id, termId }
  return null
}

/** Two spellings of one mailbox ("Jana@Obec.cz ", "jana@obec.cz") register once. */
export const normaliseEmail = (email: string): string => email.trim().normalize('NFC').toLowerCase()

/**
 * Unique per database: an active registration holds `<target>|<e-mail>`, so the database itself
 * refuses a second one for the same target and e-mail, however many arrive at once. A cancelled
 * or anonymised registration releases the key (it keeps one that is unique to itself), so the
 * person can register again.
 */
export const activeRegistrationKey = (target: string, email: string): string => `${target}|${normaliseEmail(email)}`

export const releasedRegistrationKey = (target: string, registrationId: string | number): string => `${target}|released:${registrationId}`
