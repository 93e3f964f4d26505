import { REST_GET } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_JOB_LAG_SECONDS } from '@/domain/health/assessHealth'

import { getTestPayload } from './harness'

type Health = { status: string; database: string; migrations: unknown; jobQueueLagSeconds: number }

describe('GET /api/health', () => {
  let get: (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

  beforeAll(async () => {
    const payload = await getTestPayload()
    get = REST_GET(Promise.resolve(payload.config))
  })

  const health = async (): Promise<{ status: number; body: Health; cacheControl: string | null }> => {
    const response = await get(new Request('http://localhost:3000/api/health'), { params: Promise.resolve({ slug: ['health'] }) })
    return { status: response.status, body: (await response.json()) as Health, cacheControl: response.headers.get('cache-control') }
  }

  it('reports a reachable database whose migrations are current, never cached', async () => {
    const { status, body, cacheControl } = await health()
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', database: 'reachable', jobQueueLagSeconds: 0 })
    expect(body.migrations).toBe(process.env.INT_DATABASE === 'mongodb' ? 'not applicable' : 'current')
    expect(cacheControl).toBe('no-store')
  })

  it('turns degraded when a due job has waited longer than the limit', async () => {
    const payload = await getTestPayload()
    const dueSince = new Date(Date.now() - (MAX_JOB_LAG_SECONDS + 120) * 1000).toISOString()
    // A raw queued job row: its task slug is typed as the union of configured tasks, and the
    // health check must not depend on which tasks exist.
    const job = await payload.create({
      collection: 'payload-jobs',
      data: { queue: 'default', taskSlug: 'inline', waitUntil: dueSince, input: {} } as never,
    })
    try {
      const { status, body } = await health()
      expect(status).toBe(200)
      expect(body.status).toBe('degraded')
      expect(body.jobQueueLagSeconds).toBeGreaterThan(MAX_JOB_LAG_SECONDS)
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: job.id })
    }
  })
})
