import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { attendeesCsv, type Attendee } from './attendees'

const base = { email: 'x@obec.cz', registeredAt: '2025-02-14T09:00:00.000Z' }
const attendees: Attendee[] = [
  { ...base, name: 'Žofie Malá', status: 'cancelled' },
  { ...base, name: 'Petr Zelený', status: 'waitlisted', waitlistPosition: 2 },
  { ...base, name: 'Čeněk Bílý', status: 'confirmed', municipality: 'Plzeň', district: 'Plzeň-město', region: 'Plzeňský kraj', position: 'mayor' },
  { ...base, name: 'Adam Černý', status: 'attended', needs: 'vegetariánská strava, "bez lepku"' },
  { ...base, name: 'Eva Modrá', status: 'waitlisted', waitlistPosition: 1, representsMunicipality: 'Dobřany', authorisationApproved: false },
]

describe('attendeesCsv', () => {
  it('lists seat holders by name, then the waitlist in order, then the cancelled, in the admin language', () => {
    const csv = attendeesCsv(attendees, 'cs')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parse(csv.slice(1)) as string[][]
    expect(header?.slice(0, 6)).toEqual(['Jméno a příjmení', 'E-mail', 'Telefon', 'Obec', 'Okres', 'Kraj'])
    expect(rows.map((row) => row[0])).toEqual(['Adam Černý', 'Čeněk Bílý', 'Eva Modrá', 'Petr Zelený', 'Žofie Malá'])
    expect(rows[1]).toEqual(expect.arrayContaining(['Plzeň', 'Plzeň-město', 'Plzeňský kraj', 'Starosta / starostka', 'Potvrzeno']))
    expect(rows[0]).toContain('vegetariánská strava, "bez lepku"')
    expect(rows[2]).toEqual(expect.arrayContaining(['Náhradník', '1', 'Dobřany', 'ne']))
  })
  it('speaks English when asked', () => {
    const [header, first] = parse(attendeesCsv(attendees, 'en').slice(1)) as string[][]
    expect(header?.[0]).toBe('Full name')
    expect(first).toContain('Attended')
  })
})
