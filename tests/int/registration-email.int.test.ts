import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'

import { startMailbox, type Mailbox, type ReceivedMail } from '../support/mailbox'

import { createAssociation, createStaffUser } from './fixtures'
import { getTestPayload } from './harness'
import { formFields, openEvent, registrationsOf, restClient } from './registrationScene'

/**
 * The e-mails registrants get, read from a real SMTP server on loopback: the portal sends them
 * from its jobs queue, which these tests run by hand (the server runs it every few seconds).
 */

let mailbox: Mailbox
let payload: Payload
let api: ReturnType<typeof restClient>
let association: Id

beforeAll(async () => {
  mailbox = await startMailbox()
  // The e-mail adapter reads the SMTP settings when the config is first loaded.
  Object.assign(process.env, mailbox.env)
  payload = await getTestPayload()
  api = restClient(payload)
  association = (await createAssociation(payload, { name: 'Svaz měst a obcí České republiky', shortName: 'SMO ČR', kind: 'national' })).id
})

afterAll(async () => {
  await mailbox?.stop()
})

const runQueue = () => payload.jobs.run({ queue: 'default', limit: 100 })

const sentTo = (address: string, subject: string) => (mail: ReceivedMail) => mail.envelopeTo.includes(address) && mail.subject === subject

const calendarOf = (mail: ReceivedMail): string => {
  const attachment = mail.attachments.find((candidate) => candidate.contentType.startsWith('text/calendar'))
  if (!attachment) throw new Error(`"${mail.subject}" has no calendar attachment`)
  return attachment.content.toString('utf8')
}

describe('registration e-mails', () => {
  it('confirms with a calendar file and the secret link, puts the next one on the waitlist, and promotes them when a seat frees', async () => {
    const event = await openEvent(
      payload,
      association,
      { capacity: 1 },
      { title: 'Krajské setkání Plzeň', startsAt: '2030-04-02T07:00:00.000Z', endsAt: '2030-04-02T13:00:00.000Z', timeZone: 'Europe/Prague' },
    )
    const first = await api('POST', 'registrations/register', { event: event.id, locale: 'cs', ...formFields({ name: 'Jana Nováková', email: 'jana@obec.test.cz' }) })
    const second = await api('POST', 'registrations/register', { event: event.id, locale: 'pl', ...formFields({ name: 'Anna Kowalska', email: 'anna@gmina.test.pl' }) })
    expect([first.status, second.status]).toEqual([201, 201])
    await runQueue()

    const confirmation = await mailbox.waitFor(sentTo('jana@obec.test.cz', 'Potvrzení registrace: Krajské setkání Plzeň'))
    expect(confirmation.text).toContain('Dobrý den, Jana Nováková,')
    expect(confirmation.text).toContain('Kdy: 2. dubna 2030 v 09:00')
    expect(confirmation.text).toContain('Kde: Krajský úřad Plzeňského kraje, Škroupova 1760/18, 301 00 Plzeň')
    expect(confirmation.text).toContain(String(first.body.manageUrl))
    const calendar = calendarOf(confirmation)
    expect(calendar).toContain('SUMMARY:Krajské setkání Plzeň')
    expect(calendar).toContain('DTSTART:20300402T070000Z')
    expect(calendar).toContain('DTEND:20300402T130000Z')
    expect(calendar).toContain('LOCATION:Krajský úřad Plzeňského kraje\\, Škroupova 1760/18\\, 301 00 Plzeň')

    const waitlisted = await mailbox.waitFor(sentTo('anna@gmina.test.pl', 'Jesteś na liście rezerwowej: Krajské setkání Plzeň'))
    expect(waitlisted.text).toContain('Dzień dobry, Anna Kowalska,')
    expect(waitlisted.text).toContain('na 1. miejsce')
    expect(waitlisted.attachments).toEqual([])

    const token = String(first.body.manageUrl).split('/').pop()
    expect((await api('POST', 'registrations/cancel', { token })).status).toBe(200)
    await runQueue()
    const promoted = await mailbox.waitFor(sentTo('anna@gmina.test.pl', 'Zwolniło się miejsce: Krajské setkání Plzeň'))
    expect(promoted.text).toContain('jest teraz potwierdzona')
    expect(calendarOf(promoted)).toContain('DTSTART:20300402T070000Z')
    await mailbox.waitFor(sentTo('jana@obec.test.cz', 'Registrace zrušena: Krajské setkání Plzeň'))
  })

  it('sends a published venue change once to every registrant, each in their language, with an updated calendar entry', async () => {
    const event = await openEvent(payload, association, { capacity: 1 }, { title: 'Krajské setkání Praha', startsAt: '2030-03-25T08:00:00.000Z', endsAt: '2030-03-25T14:00:00.000Z' })
    await api('POST', 'registrations/register', { event: event.id, locale: 'cs', ...formFields({ name: 'Petr Svoboda', email: 'petr@praha.test.cz' }) })
    await api('POST', 'registrations/register', { event: event.id, locale: 'en', ...formFields({ name: 'John Smith', email: 'john@example.test' }) })
    await runQueue()
    // Publishing a change to a published event is the association manager's (review workflow).
    const manager = (await createStaffUser(payload, 'manager', [association])).doc

    const notice = {
      kind: 'venue-change' as const,
      notifyRegistrants: true,
      title: 'Změna místa konání',
      body: 'Setkání se koná v Zastupitelském sále Magistrátu hl. m. Prahy, Mariánské nám. 2/2.',
    }
    const saved = await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'cs',
      data: { notices: [notice], venue: { name: 'Magistrát hl. m. Prahy', address: { street: 'Mariánské nám. 2/2', postalCode: '110 01', city: 'Praha 1' } } },
      overrideAccess: false,
      user: manager,
    })
    const noticeId = saved.notices?.[0]?.id
    expect(saved.notices?.[0]?.notifiedAt).toBeTruthy()
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'en',
      data: { title: 'Regional meeting Prague', notices: [{ ...notice, id: noticeId, title: 'Change of venue', body: 'We meet in the Assembly Hall of Prague City Hall.' }] },
    })
    // Saving again does not send the notice again.
    await payload.update({ collection: 'events', id: event.id, locale: 'cs', data: { summary: 'Program doplněn.' } })
    await runQueue()

    const czech = await mailbox.waitFor(sentTo('petr@praha.test.cz', 'Změna místa konání: Krajské setkání Praha'))
    expect(czech.text).toContain('Setkání se koná v Zastupitelském sále')
    expect(calendarOf(czech)).toContain('LOCATION:Magistrát hl. m. Prahy\\, Mariánské nám. 2/2\\, 110 01 Praha 1')
    expect(calendarOf(czech)).toContain('SEQUENCE:1')
    const english = await mailbox.waitFor(sentTo('john@example.test', 'Change of venue: Regional meeting Prague'))
    expect(english.text).toContain('We meet in the Assembly Hall of Prague City Hall.')
    expect(english.text).toContain('Dear John Smith,')
    expect(mailbox.messages.filter((mail) => mail.subject?.startsWith('Změna místa konání') || mail.subject?.startsWith('Change of venue'))).toHaveLength(2)
  })

  it('loses no registration while the mail server is down, and delivers the mails once it is back', async () => {
    const event = await openEvent(payload, association, { capacity: 50 }, { title: 'Sněm Svazu' })
    await mailbox.stop()
    const emails = ['a@outage.test.cz', 'b@outage.test.cz', 'c@outage.test.cz']
    const responses = await Promise.all(emails.map((email) => api('POST', 'registrations/register', { event: event.id, locale: 'cs', ...formFields({ email }) })))
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201])
    await runQueue()
    expect(mailbox.messages.filter((mail) => emails.some((email) => mail.envelopeTo.includes(email)))).toEqual([])
    const { docs: failedJobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'registrationEmail' }, completedAt: { exists: false } } })
    expect(failedJobs.length).toBeGreaterThanOrEqual(3)

    await mailbox.start()
    // The first retry waits 5 s; run the queue until it comes round.
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !emails.every((email) => mailbox.messages.some((mail) => mail.envelopeTo.includes(email)))) {
      await sleep(1_000)
      await runQueue()
    }
    for (const email of emails) await mailbox.waitFor(sentTo(email, 'Potvrzení registrace: Sněm Svazu'), 1_000)
    expect((await registrationsOf(payload, event.id)).map((registration) => registration.status)).toEqual(['confirmed', 'confirmed', 'confirmed'])
  }, 90_000)
})
