import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Runs in every integration test worker before any test file imports the Payload config:
 * the database adapter is chosen at import time from DATABASE_URI.
 */
const onMongo = process.env.INT_DATABASE === 'mongodb'
const runId = randomUUID().slice(0, 8)

if (onMongo) {
  const uri = new URL(process.env.MONGODB_URI ?? '')
  uri.pathname = `/municipia_test_${runId}`
  process.env.DATABASE_URI = uri.toString()
} else {
  process.env.DATABASE_URI = `file:${path.join(tmpdir(), `municipia-int-${runId}.db`)}`
}
process.env.PAYLOAD_SECRET ||= 'integration-tests-secret'
// Uploads of each test file go to their own folder, never into the project's media/.
process.env.MEDIA_DIR = path.join(tmpdir(), `municipia-int-media-${runId}`)
process.env.JOBS_AUTORUN = 'false'
// INT_SCHEMA=push lets work on a collection run its tests before its migration is written;
// `npm test` always builds the schema from the committed migrations.
process.env.PAYLOAD_DB_PUSH = process.env.INT_SCHEMA === 'push' ? 'true' : 'false'
