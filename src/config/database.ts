import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '../migrations'

import { DEFAULT_DATABASE_URI, isMongoUri } from './databaseUri'

export { DEFAULT_DATABASE_URI, isMongoUri }

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
  return sqliteAdapter({
    client: { url: uri },
    push: process.env.PAYLOAD_DB_PUSH === 'true',
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    // Registrations arrive in bursts; writers wait for the lock instead of failing at once.
    busyTimeout: 10_000,
    wal: true,
    // Without this the adapter runs every operation outside a transaction, and a failure half-way
    // through a bulk import or a registration would leave a partial write.
    transactionOptions: {},
  })
}

/** Applies the committed SQLite migrations that are not yet recorded in the database. */
export async function applyCommittedMigrations(payload: Payload): Promise<void> {
  // The generated migrations take the SQLite adapter's own arguments, which Payload's
  // adapter-neutral `Migration` type declares as `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
