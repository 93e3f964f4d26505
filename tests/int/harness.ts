import { rm } from 'node:fs/promises'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { getPayload, type Payload } from 'payload'
import { afterAll } from 'vitest'

import { applyCommittedMigrations, isMongoUri } from '@/config/database'

let instance: Promise<Payload> | undefined

/**
 * One Payload per test file on a fresh temporary database (see setup.ts). On SQLite the
 * committed migrations build the schema, so a migration that lags behind the config fails here.
 */
export function getTestPayload(): Promise<Payload> {
  instance ??= (async () => {
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    if (!isMongoUri(process.env.DATABASE_URI ?? '') && process.env.PAYLOAD_DB_PUSH !== 'true') {
      await applyCommittedMigrations(payload)
    }
    return payload
  })()
  return instance
}

afterAll(async () => {
  if (!instance) return
  const payload = await instance
  const uri = process.env.DATABASE_URI ?? ''
  if (isMongoUri(uri)) {
    // On MongoDB the configured adapter is the mongoose one; Payload types it adapter-neutrally.
    await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
  }
  await payload.destroy()
  if (uri.startsWith('file:')) {
    const file = uri.slice('file:'.length)
    await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })))
  }
})
