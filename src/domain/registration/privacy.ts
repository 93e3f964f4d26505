/**
 * Registrations keep personal data only as long as needed: the registrant may erase it at any
 * time through the secret link, and a scheduled job anonymises registrations of events that
 * ended longer ago than the retention period set in the site settings.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/** What replaces the personal fields; counts per municipality and status stay for statistics. */
export const anonymisedPersonalData = (registrationId: string | number) => ({
  attendeeName: 'Anonymised',
  email: `anonymised-${registrationId}@anonymised.invalid`,
  phone: null,
  needs: null,
  member: null,
})
