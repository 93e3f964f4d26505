import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '../migrations'

import { DEFAULT_DATABASE_URI, isMongoUri } from './databaseUri'
import { createSerialisedSqliteClient } from './serialisedSqliteClient'

export { DEFAULT_DATABASE_URI, isMongoUri }

const SQLITE_BUSY_TIMEOUT_MS = 10_000
// A burst of registrations queues its writes; each takes milliseconds, so only a stuck writer waits this long.
const WRITE_QUEUE_TIMEOUT_MS = 60_000

// An in-memory database exists once per connection, so it cannot be split into a reader and a writer.
const isInMemory = (uri: string): boolean => uri.includes(':memory:')


/**
 * The embedded SQLite file is the default; a `mongodb://` URI selects MongoDB for large
 * deployments. SQLite never pushes its schema unless `PAYLOAD_DB_PUSH=true` (only `npm run dev`
 * sets it, on its own database file): everything else applies the committed migrations.
 */
export function databaseAdapter(uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    // Transactions need a replica set (or Atlas), which is what large deployments run.
    return mongooseAdapter({ url: uri })
  }
  const adapter = sqliteAdapter({
    client: { url: uri },
    push: process.env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    // Registrations arrive in bursts; writers wait for the lock instead of failing at once.
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    wal: true,
    // Without this the adapter runs every operation outside a transaction, and a failure half-way
    // through a bulk import or a registration would leave a partial write.
    transactionOptions: {},
  })
  if (isInMemory(uri)) return adapter
  const init = adapter.init
  // The adapter only creates its own client when none is set; see serialisedSqliteClient.ts for why.
  adapter.init = (args) => {
    const instance = init(args) as ReturnType<typeof init> & { client?: unknown }
    instance.client = createSerialisedSqliteClient(uri, { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, queueTimeoutMs: WRITE_QUEUE_TIMEOUT_MS })
    return instance
  }
  return adapter
}

/** Applies the committed SQLite migrations that are not yet recorded in the database. */
export async function applyCommittedMigrations(payload: Payload): Promise<void> {
  // The generated migrations take the SQLite adapter's own arguments, which Payload's
  // adapter-neutral `Migration` type declares as `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
