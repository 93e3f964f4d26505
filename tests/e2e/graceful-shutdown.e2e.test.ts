import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOpenEvent, firstAdmin } from '../support/portalAdmin'
import { startPortal, type RunningPortal } from '../support/portal'

/**
 * SIGTERM (a deployment replacing the server) while registrations are in flight: Next's own
 * handler stops listening, answers every request the server has taken up, then exits. What is
 * stored is exactly what was answered: no request is cut off half-way. Connections still waiting
 * in the kernel's accept queue (the server busy with the others) are reset, as with any server
 * that stops listening; in a deployment the front proxy stops routing to an instance before it
 * is signalled.
 */
const IN_FLIGHT = 24

describe('graceful shutdown', () => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await startPortal({ JOBS_AUTORUN: 'false' })
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('answers every request it took up on SIGTERM, stores exactly what it answered, then exits', async () => {
    const admin = await firstAdmin(portal.baseURL)
    const event = await createOpenEvent(admin, { title: 'Valná hromada – ukončení serveru', capacity: 100 })
    const sent = Array.from({ length: IN_FLIGHT }, (_, n) =>
      fetch(`${portal.baseURL}/api/registrations/register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ event: event.id, locale: 'cs', name: 'Starosta Obce', email: `starosta.${n}@obec-sigterm.test.cz`, organisation: 'Obecní úřad', position: 'mayor', consent: 'on', consentVersion: '2025-01' }),
      }).then(
        (response) => response.status,
        (error: Error) => `lost: ${String((error.cause as Error | undefined)?.message ?? error.message)}`,
      ),
    )
    // All requests are sent; the server takes them up as fast as it can, the signal comes meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const signalledAt = Date.now()
    const exit = await portal.terminate()
    const statuses = await Promise.all(sent)
    console.log(`SIGTERM with ${IN_FLIGHT} registrations in flight: answers ${JSON.stringify(statuses)}, exit ${exit.code ?? exit.signal} after ${Date.now() - signalledAt} ms`)

    const answered = statuses.filter((status) => typeof status === 'number')
    // Answers are 201, never an error; the rest never reached a handler.
    expect(answered.length).toBeGreaterThan(0)
    expect(new Set(answered)).toEqual(new Set([201]))
    // 128 + 15: Next's own handler closed the server and exited for SIGTERM.
    expect(exit.code).toBe(143)
    await expect(fetch(`${portal.baseURL}/api/news`)).rejects.toThrow()

    const db = createClient({ url: portal.databaseUri })
    const { rows } = await db.execute({ sql: 'SELECT count(*) AS n FROM registrations WHERE event_id = ?', args: [event.id] })
    db.close()
    // Nothing was stored without its answer, and nothing answered is missing.
    expect(Number(rows[0]?.n)).toBe(answered.length)
  })
})
