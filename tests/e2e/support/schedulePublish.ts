/**
 * Queues the publication of a news article for later, as the admin's "Schedule publish" does:
 *   tsx tests/e2e/support/schedulePublish.ts <news id> <ISO time>
 * Run against the portal's database (DATABASE_URI); the portal's own job runner publishes it.
 */
import { getPayload } from 'payload'

const [id, at] = process.argv.slice(2)
if (!id || !at) {
  console.error('Usage: schedulePublish.ts <news id> <ISO time>')
  process.exit(2)
}
process.env.JOBS_AUTORUN = 'false'
const { default: config } = await import('../../../payload.config')
const payload = await getPayload({ config })
await payload.jobs.queue({
  task: 'schedulePublish',
  input: { type: 'publish', doc: { relationTo: 'news', value: Number(id) } },
  waitUntil: new Date(at),
})
await payload.destroy()
process.exit(0)
