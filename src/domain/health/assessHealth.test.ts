import { describe, expect, it } from 'vitest'

import { assessHealth, httpStatusOf, MAX_JOB_LAG_SECONDS } from './assessHealth'

const now = new Date('2026-11-23T10:00:00Z')

describe('assessHealth', () => {
  it('is ok with a reachable, migrated database and no waiting jobs', () => {
    const report = assessHealth({ databaseReachable: true, pendingMigrations: [], oldestDueJobAt: null, now })
    expect(report).toEqual({ status: 'ok', database: 'reachable', migrations: 'current', jobQueueLagSeconds: 0 })
    expect(httpStatusOf(report)).toBe(200)
  })

  it('is down (503) when migrations are pending or the database is unreachable', () => {
    const pending = assessHealth({ databaseReachable: true, pendingMigrations: ['20261123_registration'], oldestDueJobAt: null, now })
    expect(pending.migrations).toEqual({ pending: ['20261123_registration'] })
    expect(httpStatusOf(pending)).toBe(503)
    expect(httpStatusOf(assessHealth({ databaseReachable: false, pendingMigrations: null, oldestDueJobAt: null, now }))).toBe(503)
  })

  it('is degraded but still serving when due jobs wait longer than the limit', () => {
    const lagging = new Date(now.getTime() - (MAX_JOB_LAG_SECONDS + 60) * 1000)
    const report = assessHealth({ databaseReachable: true, pendingMigrations: null, oldestDueJobAt: lagging, now })
    expect(report.status).toBe('degraded')
    expect(report.jobQueueLagSeconds).toBe(MAX_JOB_LAG_SECONDS + 60)
    expect(report.migrations).toBe('not applicable')
    expect(httpStatusOf(report)).toBe(200)
  })
})
