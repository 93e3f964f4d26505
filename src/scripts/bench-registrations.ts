// `npm run bench:registrations` — registrations over HTTP against the production build
// (`npm run build` first) on 127.0.0.1, with a fresh SQLite database and the jobs queue sending
// the e-mails to a loopback SMTP server meanwhile, as in production.
//
// 1. Burst: 1,000 registrations at an event with capacity 300 over 100 simultaneous connections.
//    (Thousands of connections at once mostly measure the server's TCP backlog and its 60 s
//    header timeout; tests/int/registration.int.test.ts fires 1,000 at once in-process.)
// 2. Sustained: 1,000 registrations at another event, 20 at a time.
// For each: registrations per second, latency percentiles, and a check of what was stored:
// exactly 300 confirmed, waitlist positions 1…n without gaps or duplicates, no duplicate e-mail,
// no response other than 201. Exits with 1 when a check fails.
import { existsSync } from 'node:fs'

import { startMailbox } from '../../tests/support/mailbox'
import { startPortal } from '../../tests/support/portal'
import { createOpenEvent, firstAdmin, type PortalAdmin } from '../../tests/support/portalAdmin'

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 1000)
const CAPACITY = 300
const BURST_CONCURRENCY = 100
const SUSTAINED_CONCURRENCY = 20

type Sample = { status: number; milliseconds: number }

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

async function fire(baseURL: string, eventId: string | number, label: string, concurrency: number): Promise<{ samples: Sample[]; seconds: number }> {
  const samples: Sample[] = []
  let next = 0
  const worker = async () => {
    while (next < REGISTRATIONS) {
      const index = next++
      const body = JSON.stringify({
        event: eventId,
        locale: 'cs',
        name: 'Zkušební Účastník',
        email: `${label}.${index}@obec-${index % 211}.bench.test`,
        organisation: 'Obecní úřad',
        consent: 'on',
        consentVersion: '2025-01',
      })
      const started = performance.now()
      // A refused or reset connection counts as a failed registration (status 0), not a crash.
      const status = await fetch(`${baseURL}/api/registrations/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      )
      samples.push({ status, milliseconds: performance.now() - started })
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { samples, seconds: (performance.now() - started) / 1000 }
}

async function verify(admin: PortalAdmin, eventId: string | number): Promise<string[]> {
  const { docs } = (await admin.call('GET', `registrations?where[event][equals]=${eventId}&pagination=false&depth=0`)) as {
    docs: Array<{ email: string; status: string; waitlistPosition?: number | null }>
  }
  const problems: string[] = []
  const confirmed = docs.filter((doc) => doc.status === 'confirmed').length
  const positions = docs
    .filter((doc) => doc.status === 'waitlisted')
    .map((doc) => doc.waitlistPosition ?? 0)
    .sort((a, b) => a - b)
  if (docs.length !== REGISTRATIONS) problems.push(`${docs.length} registrations stored, expected ${REGISTRATIONS}`)
  if (confirmed !== Math.min(CAPACITY, REGISTRATIONS)) problems.push(`${confirmed} confirmed, expected ${Math.min(CAPACITY, REGISTRATIONS)}`)
  if (positions.some((position, index) => position !== index + 1)) problems.push('waitlist positions are not exactly 1…n')
  if (new Set(docs.map((doc) => doc.email)).size !== docs.length) problems.push('duplicate e-mails stored')
  return problems
}

function report(name: string, { samples, seconds }: { samples: Sample[]; seconds: number }, problems: string[]) {
  const latencies = samples.map((sample) => sample.milliseconds).sort((a, b) => a - b)
  const statuses = Object.entries(Object.groupBy(samples, (sample) => String(sample.status))).map(([status, group]) => `${status}×${group?.length ?? 0}`)
  console.log(`\n${name}`)
  console.log(`  registrations/s   ${(samples.length / seconds).toFixed(1)}  (${samples.length} in ${seconds.toFixed(1)} s)`)
  console.log(`  latency ms        p50 ${percentile(latencies, 50).toFixed(0)}  p95 ${percentile(latencies, 95).toFixed(0)}  p99 ${percentile(latencies, 99).toFixed(0)}  max ${(latencies.at(-1) ?? NaN).toFixed(0)}`)
  console.log(`  responses         ${statuses.join(', ')}`)
  console.log(`  stored            ${problems.length === 0 ? `OK: ${CAPACITY} confirmed, waitlist 1…${REGISTRATIONS - CAPACITY}, no duplicates` : problems.join('; ')}`)
  return problems.length === 0 && samples.every((sample) => sample.status === 201)
}

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` first.')
  process.exit(1)
}
const mailbox = await startMailbox()
const portal = await startPortal(mailbox.env)
let passed = false
try {
  console.log(`Portal ${portal.baseURL} (production build, fresh SQLite), ${REGISTRATIONS} registrations per run, capacity ${CAPACITY}`)
  const admin = await firstAdmin(portal.baseURL)
  const burstEvent = await createOpenEvent(admin, { title: 'Zátěžový test – nápor', capacity: CAPACITY })
  const sustainedEvent = await createOpenEvent(admin, { title: 'Zátěžový test – stálá zátěž', capacity: CAPACITY })
  const burst = await fire(portal.baseURL, burstEvent.id, 'burst', BURST_CONCURRENCY)
  const burstOk = report(`Burst: ${BURST_CONCURRENCY} at a time`, burst, await verify(admin, burstEvent.id))
  const sustained = await fire(portal.baseURL, sustainedEvent.id, 'sustained', SUSTAINED_CONCURRENCY)
  const sustainedOk = report(`Sustained: ${SUSTAINED_CONCURRENCY} at a time`, sustained, await verify(admin, sustainedEvent.id))
  passed = burstOk && sustainedOk
} finally {
  await portal.stop()
  await mailbox.stop()
}
process.exit(passed ? 0 : 1)
