import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { buildCalendar } from './icalendar'

const pardubice = {
  uid: 'event-1@portal.example',
  title: 'Krajské setkání, Pardubice; 2025',
  description: 'Program:\nplénum, diskuse',
  startsAt: '2025-03-04T08:00:00.000Z',
  endsAt: '2025-03-04T14:00:00.000Z',
  timeZone: 'Europe/Prague',
  location: 'Congress Centre Pardubice, Masarykovo nám. 2799, 536 02 Pardubice',
  url: 'https://portal.example/events/ks-pardubice',
  updatedAt: '2025-02-01T10:00:00.000Z',
}
const warsaw = {
  uid: 'event-2@portal.example',
  title: 'VII Krajowy Kongres Sekretarzy',
  startsAt: '2026-09-06T07:00:00.000Z',
  endsAt: '2026-09-07T12:00:00.000Z',
  timeZone: 'Europe/Warsaw',
  url: 'https://portal.example/events/kongres',
  cancelled: true,
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar
}

describe('buildCalendar', () => {
  const text = buildCalendar({ name: 'Municipia', url: 'https://portal.example/events', entries: [pardubice, warsaw] })

  it('writes each event in the zone of its venue with a VTIMEZONE for every zone', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Prague:20250304T090000')
    expect(text).toContain('DTEND;TZID=Europe/Prague:20250304T150000')
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20260906T090000')
    const zones = parse(text).getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))
    expect(zones).toEqual(expect.arrayContaining(['Europe/Prague', 'Europe/Warsaw']))
  })

  it('parses back, with a strict RFC 5545 parser, to the same instants', () => {
    const events = parse(text).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([pardubice.startsAt, warsaw.startsAt])
    expect(events.map((event) => event.endDate.toJSDate().toISOString())).toEqual([pardubice.endsAt, warsaw.endsAt])
    expect(events[0]?.summary).toBe(pardubice.title)
    expect(events[0]?.description).toBe(pardubice.description)
    expect(events[0]?.uid).toBe(pardubice.uid)
  })

  it('uses CRLF line ends, lines of at most 75 octets, and marks a cancelled event', () => {
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75)
    expect(text).toContain('STATUS:CANCELLED')
    expect(text).toContain('METHOD:PUBLISH')
  })
})
