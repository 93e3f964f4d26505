import { stringify } from 'csv-stringify/sync'

import { registrationMessagesFor } from '@/i18n/registrationMessages'

import type { Position } from './input'
import type { RegistrationStatus } from './seats'

export type AdminLanguage = 'cs' | 'en'

/** One line of the attendee export, with the municipality's district and region spelled out. */
export type Attendee = {
  name: string
  email: string
  phone?: string | null
  municipality?: string | null
  district?: string | null
  region?: string | null
  organisation?: string | null
  position?: Position | null
  status: RegistrationStatus
  waitlistPosition?: number | null
  needs?: string | null
  representsMunicipality?: string | null
  authorisationApproved?: boolean | null
  registeredAt: string
}

const COLUMNS: Array<{ key: keyof Attendee; cs: string; en: string }> = [
  { key: 'name', cs: 'Jméno a příjmení', en: 'Full name' },
  { key: 'email', cs: 'E-mail', en: 'E-mail' },
  { key: 'phone', cs: 'Telefon', en: 'Phone' },
  { key: 'municipality', cs: 'Obec', en: 'Municipality' },
  { key: 'district', cs: 'Okres', en: 'District' },
  { key: 'region', cs: 'Kraj', en: 'Region' },
  { key: 'organisation', cs: 'Jiná organizace', en: 'Other organisation' },
  { key: 'position', cs: 'Funkce', en: 'Position' },
  { key: 'status', cs: 'Stav', en: 'Status' },
  { key: 'waitlistPosition', cs: 'Pořadí náhradníka', en: 'Waitlist position' },
  { key: 'needs', cs: 'Potřeby', en: 'Needs' },
  { key: 'representsMunicipality', cs: 'Zastupuje obec', en: 'Proxy for' },
  { key: 'authorisationApproved', cs: 'Plná moc schválena', en: 'Authorisation approved' },
  { key: 'registeredAt', cs: 'Registrován', en: 'Registered at' },
]

const STATUS_ORDER: Record<RegistrationStatus, number> = { attended: 0, confirmed: 0, waitlisted: 1, cancelled: 2 }

/** Seat holders by name, then the waitlist in its order, then the cancelled. */
export function sortAttendees(attendees: Attendee[]): Attendee[] {
  const collator = new Intl.Collator('cs')
  return [...attendees].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
      collator.compare(a.name, b.name),
  )
}

/** The header and cells of the export as text, in the admin language. */
export function attendeeTable(attendees: Attendee[], language: AdminLanguage): { header: string[]; rows: Array<Array<string | number>> } {
  const t = registrationMessagesFor(language)
  const yes = language === 'cs' ? 'ano' : 'yes'
  const no = language === 'cs' ? 'ne' : 'no'
  const cell = (attendee: Attendee, key: keyof Attendee): string | number => {
    const value = attendee[key]
    if (value === null || value === undefined) return ''
    if (key === 'status') return t.status[attendee.status]
    if (key === 'position' && attendee.position) return t.positions[attendee.position]
    if (typeof value === 'boolean') return value ? yes : no
    return value
  }
  return {
    header: COLUMNS.map((column) => column[language]),
    rows: sortAttendees(attendees).map((attendee) => COLUMNS.map((column) => cell(attendee, column.key))),
  }
}

/** CSV for spreadsheets: UTF-8 with a byte-order mark, so Excel shows Czech and Polish letters right. */
export function attendeesCsv(attendees: Attendee[], language: AdminLanguage): string {
  const { header, rows } = attendeeTable(attendees, language)
  return `\uFEFF${stringify([header, ...rows])}`
}
