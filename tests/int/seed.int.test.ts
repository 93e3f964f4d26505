import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Event, Partner, Person, Region } from '@/payload-types'
import { createdInTotal, seed, type SeedReport } from '@/seed'

import { getTestPayload } from './harness'

/** What seed 000 announces, written out here so the test does not just echo the seed modules. */
const MEETINGS = [
  { date: '2025-03-04', city: 'Pardubice', regions: ['86', '94'] },
  { date: '2025-03-13', city: 'Jihlava', regions: ['108', '35'] },
  { date: '2025-03-20', city: 'Brno', regions: ['116', '141'] },
  { date: '2025-03-25', city: 'Praha', regions: ['19', '27'] },
  { date: '2025-04-01', city: 'Plzeň', regions: ['43', '51'] },
  { date: '2025-04-03', city: 'Olomouc', regions: ['124', '132'] },
  { date: '2025-04-08', city: 'Ústí nad Labem', regions: ['60', '78'] },
]

const PATRONS: Record<string, string> = { Jihlava: 'Kukla', Brno: 'Vaňková', Olomouc: 'Žbánek', 'Ústí nad Labem': 'Brabec' }

/** "2025-03-04 09:00" in the given zone. */
const localTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

const populated = <T extends object>(value: number | string | T | null | undefined): T => {
  if (typeof value !== 'object' || value === null) throw new Error(`Expected a populated relation, got ${String(value)}`)
  return value
}

async function countEverything(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    counts[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
    if (collection.versions) counts[`${slug} versions`] = (await payload.countVersions({ collection: slug, overrideAccess: true })).totalDocs
  }
  return counts
}

let payload: Payload
let firstRun: SeedReport
let secondRun: SeedReport
let countsAfterFirstRun: Record<string, number>
let countsAfterSecondRun: Record<string, number>

beforeAll(async () => {
  payload = await getTestPayload()
  firstRun = await seed(payload)
  countsAfterFirstRun = await countEverything(payload)
  secondRun = await seed(payload)
  countsAfterSecondRun = await countEverything(payload)
})

async function regionalMeetings(locale: 'cs' | 'en' = 'cs'): Promise<Event[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { kind: { equals: 'regional-meeting' } },
    sort: 'startsAt',
    depth: 1,
    locale,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

describe('the demo seed', () => {
  it('writes the seven regional meetings of 2025 with their dates, cities and pairs of regions', async () => {
    const meetings = await regionalMeetings()
    expect(
      meetings.map((meeting) => ({
        date: localTime(meeting.startsAt, 'Europe/Prague').slice(0, 10),
        city: meeting.venue?.address?.city,
        regions: (meeting.regions ?? []).map((region) => populated<Region>(region).code).sort(),
      })),
    ).toEqual(
      MEETINGS.map(({ date, city, regions }) => ({
        date,
        city: expect.stringMatching(new RegExp(`^${city}`)),
        regions: [...regions].sort(),
      })),
    )
    for (const meeting of meetings) {
      expect(meeting.timeZone).toBe('Europe/Prague')
      expect(localTime(meeting.startsAt, 'Europe/Prague').slice(11)).toBe('09:00')
      expect(localTime(meeting.endsAt ?? '', 'Europe/Prague').slice(11)).toBe('15:00')
      expect(meeting._status).toBe('published')
      expect(meeting.registration?.enabled).toBe(true)
      expect(meeting.registration?.capacity).toBeGreaterThan(0)
      expect(populated<{ title: string }>(meeting.series).title).toBe('Krajská setkání 2025')
    }
  })

  it('announces the change of venue of the Prague meeting, in Czech and English', async () => {
    const prague = (await regionalMeetings()).find((meeting) => meeting.venue?.address?.city?.startsWith('Praha'))
    expect(prague?.venue?.name).toBe('Zastupitelský sál Magistrátu hl. města Prahy')
    expect(prague?.venue?.address).toMatchObject({ street: 'Mariánské nám. 2/2', postalCode: '110 01' })
    expect(prague?.notices).toEqual([expect.objectContaining({ kind: 'venue-change', title: expect.stringContaining('změna místa') })])

    const inEnglish = (await regionalMeetings('en')).find((meeting) => meeting.id === prague?.id)
    expect(inEnglish?.notices?.[0]?.title).toMatch(/venue has changed/)
    expect(inEnglish?.title).toBe('Regional meeting 2025 – Prague')
  })

  it('gives every meeting its general partners and partners, and the patrons to the meetings in their regions', async () => {
    for (const meeting of await regionalMeetings()) {
      const byTier = (tier: string) =>
        (meeting.partners ?? [])
          .filter((row) => row.tier === tier)
          .map((row) => populated<Partner>(row.partner).name)
          .sort()
      expect(byTier('general')).toEqual(['Skupina ČEZ', 'T-Mobile', 'Česká spořitelna'].sort())
      expect(byTier('partner')).toEqual(['Futtec', 'FCG'].sort())

      const city = MEETINGS.find(({ city: name }) => meeting.venue?.address?.city?.startsWith(name))?.city ?? ''
      const patrons = (meeting.patrons ?? []).map((row) => populated<Person>(row.person).lastName)
      expect(patrons).toEqual(PATRONS[city] ? [PATRONS[city]] : [])
    }
  })

  it('writes the informatics commission KISMO with its chair', async () => {
    const { docs } = await payload.find({ collection: 'commissions', where: { abbreviation: { equals: 'KISMO' } }, depth: 1, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const [kismo] = docs
    expect(populated<Person>(kismo?.chair).displayName).toBe('Ing. Cyril Čapka')
    expect(populated<{ shortName: string }>(kismo?.association).shortName).toBe('SMO ČR')
    expect(kismo?.communicationChannels).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'email-conference', address: 'ismo@munet.cz' })]))
  })

  it('writes the Polish secretaries’ congress with a Polish title, in Warsaw time', async () => {
    const find = (locale: 'cs' | 'pl') =>
      payload.find({ collection: 'events', where: { kind: { equals: 'congress' } }, locale, fallbackLocale: false, overrideAccess: true })
    const [inPolish] = (await find('pl')).docs
    const [inCzech] = (await find('cs')).docs
    expect(inPolish?.title).toBe('VII Krajowy Kongres Sekretarzy')
    expect(inCzech?.title).not.toBe(inPolish?.title)
    expect(inPolish?.timeZone).toBe('Europe/Warsaw')
    expect(localTime(inPolish?.startsAt ?? '', 'Europe/Warsaw')).toMatch(/-09-06 09:00$/)
    expect(inPolish?.programme?.map((session) => session.kind)).toEqual(expect.arrayContaining(['plenary', 'panel', 'workshop']))
    expect(inPolish?.programme?.every((session) => session.title && session.title !== inCzech?.programme?.find((row) => row.id === session.id)?.title)).toBe(true)
  })

  it('makes the host cities members of the national union', async () => {
    const { docs } = await payload.find({ collection: 'associations', where: { shortName: { equals: 'SMO ČR' } }, overrideAccess: true })
    expect(docs[0]?.memberCount).toBe(8)
  })

  it('creates nothing on a second run', () => {
    expect(createdInTotal(firstRun)).toBeGreaterThan(50)
    expect(createdInTotal(secondRun)).toBe(0)
    expect(Object.values(secondRun.collections).every((tally) => tally?.updated === 0)).toBe(true)
    expect(Object.values(secondRun.globals).every((outcome) => outcome === 'kept')).toBe(true)
    expect(countsAfterSecondRun).toEqual(countsAfterFirstRun)
  })
})
