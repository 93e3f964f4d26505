import { describe, expect, it } from 'vitest'

import { calendarFile } from './calendar'

describe('calendarFile', () => {
  it('writes the event in UTC with its place, link and sequence', () => {
    const ics = calendarFile({
      uid: 'registration-42@municipia',
      title: 'Krajské setkání Plzeň',
      // 9:00 in Prague (CEST, UTC+2) on 1 April 2025.
      startsAt: '2025-04-01T07:00:00.000Z',
      endsAt: '2025-04-01T13:30:00.000Z',
      location: 'Krajský úřad Plzeňského kraje, Škroupova 1760/18, Plzeň',
      url: 'https://municipia.example/events/krajske-setkani-plzen',
      sequence: 2,
    })
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toContain('UID:registration-42@municipia')
    expect(ics).toContain('DTSTART:20250401T070000Z')
    expect(ics).toContain('DTEND:20250401T133000Z')
    expect(ics).toContain('LOCATION:Krajský úřad Plzeňského kraje\\, Škroupova 1760/18\\, Plzeň')
    expect(ics).toContain('SEQUENCE:2')
  })
  it('leaves the end out when the event has none', () => {
    expect(calendarFile({ uid: 'u', title: 'Sněm', startsAt: '2025-05-29T08:00:00.000Z' })).not.toContain('DTEND')
  })
})
