/**
 * Applies the committed migrations to the configured database and then checks that every one
 * of them is recorded as applied, so a silent no-op of the migration step fails loudly.
 */
import './env'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { applyCommittedMigrations, isMongoUri } from '../config/database'
import { migrations } from '../migrations'

const startedAt = Date.now()
const uri = process.env.DATABASE_URI ?? ''
const payload = await getPayload({ config })

if (isMongoUri(uri)) {
  console.log('MongoDB keeps no schema migrations: nothing to apply.')
} else {
  await applyCommittedMigrations(payload)
  const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0 })
  const applied = new Set(docs.map((doc) => doc.name))
  const missing = migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name)
  if (missing.length > 0) {
    console.error(`✖ Migrations not applied after running them: ${missing.join(', ')}`)
    process.exit(1)
  }
  console.log(`Database schema current: ${migrations.length} migration(s) applied (${((Date.now() - startedAt) / 1000).toFixed(1)} s).`)
}
await payload.destroy()
process.exit(0)
