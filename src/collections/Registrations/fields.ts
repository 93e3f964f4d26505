import type { UIField } from 'payload'

/** Counts, exports and the attendance list on the edit view of an event or seminar (no data of its own). */
export const registrationSummaryField: UIField = {
  name: 'registrationSummary',
  type: 'ui',
  admin: { components: { Field: '/collections/Registrations/components/RegistrationSummary#RegistrationSummary' } },
}
