import type { Endpoint } from 'payload'

import { isMongoUri } from '@/config/database'
import { assessHealth, httpStatusOf } from '@/domain/health/assessHealth'
import { migrations } from '@/migrations'

/** GET /api/health — for load balancers and monitoring; reveals no data, only the verdict. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const { payload } = req
    let databaseReachable = true
    let pendingMigrations: string[] | null = null
    let oldestDueJobAt: Date | null = null
    try {
      if (!isMongoUri(process.env.DATABASE_URI ?? '')) {
        const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true } })
        const applied = new Set(docs.map((doc) => doc.name))
        pendingMigrations = migrations.map((migration) => migration.name).filter((name) => !applied.has(name))
      } else {
        await payload.count({ collection: 'associations' })
      }
      const now = new Date().toISOString()
      const { docs: due } = await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now } }] },
          ],
        },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
        select: { createdAt: true, waitUntil: true },
      })
      const oldest = due[0]
      oldestDueJobAt = oldest ? new Date(oldest.waitUntil ?? oldest.createdAt) : null
    } catch (error) {
      databaseReachable = false
      payload.logger.error({ err: error, msg: 'Health check could not reach the database' })
    }
    const report = assessHealth({ databaseReachable, pendingMigrations, oldestDueJobAt, now: new Date() })
    return Response.json(report, { status: httpStatusOf(report), headers: { 'Cache-Control': 'no-store' } })
  },
}
