import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOpenEvent, firstAdmin } from '../support/portalAdmin'
import { startPortal, type RunningPortal } from '../support/portal'

/**
 * The server dies (SIGKILL: no shutdown hooks, no flush) in the middle of a burst of
 * registrations and comes back on the same SQLite file. Whatever it acknowledged with a 2xx must
 * be there, and the seat ledger must still add up: confirmed ≤ capacity, waitlist 1..n without a
 * gap or a repeat, one active registration per e-mail, counter = rows.
 */
const CAPACITY = 5
const ATTEMPTS = 90
const CONCURRENCY = 16
/** Kill after this many acknowledgements, so plenty of requests are in flight or still to come. */
const KILL_AFTER_ACKS = 20

type Ack = { id: number; status: string; waitlistPosition: number | null; email: string }
type Row = { id: number; email: string; status: string; waitlist_position: number | null; registration_key: string | null; target_key: string }

const consentVersion = '2025-01'
// Every seventh attempt repeats an earlier e-mail in other letter case: the database must keep one.
const emailOf = (n: number) => (n % 7 === 6 ? `Starosta.${n - 3}@Obec-Burst.test.cz` : `starosta.${n}@obec-burst.test.cz`)

describe('SIGKILL during a registration burst', () => {
  let portal: RunningPortal
  let db: Client

  beforeAll(async () => {
    portal = await startPortal({ JOBS_AUTORUN: 'false' })
  })

  afterAll(async () => {
    db?.close()
    await portal?.stop()
  })

  it('keeps every acknowledged registration and a consistent seat ledger after the restart', async () => {
    const admin = await firstAdmin(portal.baseURL)
    const event = await createOpenEvent(admin, { title: 'Sněm svazu – nápor registrací', capacity: CAPACITY })
    const crashed = portal
    const acks: Ack[] = []
    const outcomes = { acknowledged: 0, refused: 0, lost: 0 }
    let killing: Promise<void> | undefined

    const attempt = async (n: number) => {
      const email = emailOf(n)
      try {
        const response = await fetch(`${crashed.baseURL}/api/registrations/register`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ event: event.id, locale: 'cs', name: `Starosta Číslo ${String.fromCharCode(65 + (n % 26))}`, email, organisation: 'Obecní úřad', position: 'mayor', consent: 'on', consentVersion }),
        })
        const body = (await response.json()) as { id: number; status: string; waitlistPosition: number | null }
        if (response.status >= 200 && response.status < 300) {
          acks.push({ ...body, email })
          outcomes.acknowledged += 1
          if (acks.length === KILL_AFTER_ACKS) killing = crashed.kill()
        } else {
          expect(response.status, JSON.stringify(body)).toBeLessThan(500)
          outcomes.refused += 1
        }
      } catch {
        // The connection died with the server, or nobody listens any more: not acknowledged.
        outcomes.lost += 1
      }
    }
    let next = 0
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ATTEMPTS) await attempt(next++)
      }),
    )
    await killing
    console.log(`registration burst: ${ATTEMPTS} attempts, ${outcomes.acknowledged} acknowledged, ${outcomes.refused} refused (4xx), ${outcomes.lost} lost to the SIGKILL`)
    expect(outcomes.acknowledged).toBeGreaterThanOrEqual(KILL_AFTER_ACKS)
    expect(outcomes.lost).toBeGreaterThan(0)

    portal = await startPortal({ JOBS_AUTORUN: 'false' }, { databaseUri: crashed.databaseUri })
    db = createClient({ url: portal.databaseUri })
    const rows = (await db.execute({ sql: 'SELECT id, email, status, waitlist_position, registration_key, target_key FROM registrations WHERE event_id = ? ORDER BY id', args: [event.id] })).rows as unknown as Row[]

    // Every acknowledged registration is stored as it was acknowledged.
    const stored = new Map(rows.map((row) => [Number(row.id), row]))
    for (const ack of acks) {
      const row = stored.get(ack.id)
      expect(row, `acknowledged registration ${ack.id} (${ack.email})`).toBeDefined()
      expect(row?.status).toBe(ack.status)
      expect(row?.waitlist_position === null ? null : Number(row?.waitlist_position)).toBe(ack.waitlistPosition)
    }

    const confirmed = rows.filter((row) => row.status === 'confirmed')
    const waitlisted = rows.filter((row) => row.status === 'waitlisted')
    expect(confirmed.length).toBeLessThanOrEqual(CAPACITY)
    // Seats are filled before anyone waits.
    if (waitlisted.length > 0) expect(confirmed.length).toBe(CAPACITY)
    expect(waitlisted.map((row) => Number(row.waitlist_position)).sort((a, b) => a - b)).toEqual(waitlisted.map((_, index) => index + 1))
    const emails = rows.map((row) => row.email.toLowerCase())
    expect(new Set(emails).size).toBe(emails.length)

    const counter = (await db.execute({ sql: 'SELECT confirmed, waitlisted FROM registration_counters WHERE key = ?', args: [`event:${event.id}`] })).rows[0]
    expect({ confirmed: Number(counter?.confirmed), waitlisted: Number(counter?.waitlisted) }).toEqual({ confirmed: confirmed.length, waitlisted: waitlisted.length })
    console.log(`after the restart: ${rows.length} stored (${rows.length - acks.length} committed but unacknowledged), ${confirmed.length} confirmed, waitlist 1..${waitlisted.length}`)

    // The restarted server carries on from the ledger: the next registrant is the next on the waitlist.
    const after = await fetch(`${portal.baseURL}/api/registrations/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ event: event.id, locale: 'cs', name: 'Starostka Po Restartu', email: 'po.restartu@obec-burst.test.cz', organisation: 'Obecní úřad', position: 'mayor', consent: 'on', consentVersion }),
    })
    expect(after.status).toBe(201)
    expect(await after.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: waitlisted.length + 1 })
  })
})
