import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startMailbox, type Mailbox } from '../support/mailbox'
import { createOpenEvent, firstAdmin } from '../support/portalAdmin'
import { startPortal, type RunningPortal } from '../support/portal'

/**
 * Jobs live in the database, not in the server's memory: an e-mail that failed while the mail
 * server was down, and one queued just before the server was killed (SIGKILL, before its queue
 * ran), are both delivered by the restarted server's own queue.
 */
describe('queued e-mails survive a server crash', () => {
  let mailbox: Mailbox
  let portal: RunningPortal

  beforeAll(async () => {
    mailbox = await startMailbox()
    // The mail server is down from the start; the portal keeps its port.
    await mailbox.stop()
    portal = await startPortal(mailbox.env)
  })

  afterAll(async () => {
    await portal?.stop()
    await mailbox?.stop()
  })

  const register = async (baseURL: string, eventId: string | number, name: string, email: string) => {
    const response = await fetch(`${baseURL}/api/registrations/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ event: eventId, locale: 'cs', name, email, organisation: 'Obecní úřad', position: 'secretary', consent: 'on', consentVersion: '2025-01' }),
    })
    expect(response.status).toBe(201)
  }

  const jobsOf = async (databaseUri: string) => {
    const db = createClient({ url: databaseUri })
    try {
      // The server writes at the same time; wait for its lock rather than fail.
      await db.execute('PRAGMA busy_timeout = 10000')
      const { rows } = await db.execute(`SELECT id, total_tried, has_error, completed_at, processing FROM payload_jobs WHERE task_slug = 'registrationEmail' ORDER BY id`)
      return rows.map((row) => ({ tried: Number(row.total_tried), completed: row.completed_at !== null }))
    } finally {
      db.close()
    }
  }

  it('delivers a failed and a never-run confirmation after the restart', async () => {
    const admin = await firstAdmin(portal.baseURL)
    const event = await createOpenEvent(admin, { title: 'Seminář tajemníků obcí', capacity: 10 })

    await register(portal.baseURL, event.id, 'Marie Dvořáková', 'marie.dvorakova@obec-jobs.test.cz')
    // The server's queue (every 10 s) tries it and fails: nobody answers on the SMTP port.
    const deadline = Date.now() + 40_000
    while (!(await jobsOf(portal.databaseUri))[0]?.tried) {
      if (Date.now() > deadline) throw new Error(`the queue never tried the first e-mail:\n${portal.output().slice(-2000)}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    // Queued, and the server killed at once: its queue has no chance to run the second one.
    await register(portal.baseURL, event.id, 'Petr Svoboda', 'petr.svoboda@obec-jobs.test.cz')
    await portal.kill()
    const atCrash = await jobsOf(portal.databaseUri)
    console.log(`at the crash: ${JSON.stringify(atCrash)}`)
    expect(atCrash.map((job) => job.completed)).toEqual([false, false])
    expect(atCrash[0]?.tried).toBeGreaterThanOrEqual(1)

    await mailbox.start()
    const restartedAt = Date.now()
    portal = await startPortal(mailbox.env, { databaseUri: portal.databaseUri })
    const [failed, neverRun] = await Promise.all([
      mailbox.waitFor((mail) => mail.envelopeTo.includes('marie.dvorakova@obec-jobs.test.cz'), 60_000),
      mailbox.waitFor((mail) => mail.envelopeTo.includes('petr.svoboda@obec-jobs.test.cz'), 60_000),
    ])
    console.log(`both confirmations delivered ${Date.now() - restartedAt} ms after the restart began`)
    expect(failed.subject).toBe('Potvrzení registrace: Seminář tajemníků obcí')
    expect(neverRun.subject).toBe('Potvrzení registrace: Seminář tajemníků obcí')
    // Each is sent once: the queue marks the job done and does not send it again.
    await new Promise((resolve) => setTimeout(resolve, 11_000))
    expect(mailbox.messages.filter((mail) => mail.envelopeTo.some((to) => to.endsWith('@obec-jobs.test.cz')))).toHaveLength(2)
    // Payload deletes a job once it has completed: nothing is left waiting or stuck.
    expect(await jobsOf(portal.databaseUri)).toEqual([])
  })
})
