export type HealthInput = {
  databaseReachable: boolean
  /** Committed migrations not yet applied; `null` where the database keeps no migrations (MongoDB). */
  pendingMigrations: string[] | null
  /** When the oldest job that is due and not yet run was due, if any. */
  oldestDueJobAt: Date | null
  now: Date
}

export type HealthReport = {
  status: 'ok' | 'degraded' | 'down'
  database: 'reachable' | 'unreachable'
  migrations: 'current' | 'not applicable' | { pending: string[] }
  jobQueueLagSeconds: number
}

/** The job runner ticks every minute; a due job waiting much longer means it is stuck. */
export const MAX_JOB_LAG_SECONDS = 300

/**
 * The verdict of /api/health: down (HTTP 503) when the database is unreachable or behind its
 * migrations, degraded (still 200, the site serves) when queued jobs such as e-mails lag.
 */
export function assessHealth({ databaseReachable, pendingMigrations, oldestDueJobAt, now }: HealthInput): HealthReport {
  const jobQueueLagSeconds = oldestDueJobAt ? Math.max(0, Math.round((now.getTime() - oldestDueJobAt.getTime()) / 1000)) : 0
  const migrations = pendingMigrations === null ? 'not applicable' : pendingMigrations.length === 0 ? 'current' : { pending: pendingMigrations }
  const status =
    !databaseReachable || typeof migrations === 'object' ? 'down' : jobQueueLagSeconds > MAX_JOB_LAG_SECONDS ? 'degraded' : 'ok'
  return { status, database: databaseReachable ? 'reachable' : 'unreachable', migrations, jobQueueLagSeconds }
}

export const httpStatusOf = (report: HealthReport): number => (report.status === 'down' ? 503 : 200)
