// `npm test`: the whole suite, as CI runs it. Each step prints its name and duration; the
// last line sums up the tests in the plain "N passed, N failed" form.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { elapsed, ensureNode22, run, step } from './lib.mjs'

ensureNode22()
const startedAt = Date.now()
const env = { PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-suite-secret', NEXT_TELEMETRY_DISABLED: '1' }

await step('Type check (tsc --noEmit)', 'tsc', ['--noEmit'])
await step('Lint (eslint)', 'eslint', ['.', '--max-warnings', '0'])
await step('Generated Payload types are current', 'node', ['scripts/check-generated.mjs'], { env })

const report = path.join(tmpdir(), `municipia-vitest-${process.pid}.json`)
const vitest = await run('vitest', ['run', '--project', 'unit', '--project', 'int'], { env: { ...env, VITEST_JSON_REPORT: report } })
const totals = readTotals(report, vitest.code)
console.log(`\n${vitest.code === 0 ? '✔' : '✖'} Unit and integration tests on SQLite: ${totals.passed} passed, ${totals.failed} failed`)
if (vitest.code !== 0) finish(1)

if (process.env.MONGODB_URI) {
  const mongoReport = `${report}.mongodb`
  const mongo = await run('vitest', ['run', '--project', 'int'], {
    env: { ...env, INT_DATABASE: 'mongodb', VITEST_JSON_REPORT: mongoReport },
  })
  const mongoTotals = readTotals(mongoReport, mongo.code)
  totals.passed += mongoTotals.passed
  totals.failed += mongoTotals.failed
  console.log(`\n${mongo.code === 0 ? '✔' : '✖'} Integration tests on MongoDB: ${mongoTotals.passed} passed, ${mongoTotals.failed} failed`)
  if (mongo.code !== 0) finish(1)
} else {
  console.log('\nIntegration tests on MongoDB: skipped: MONGODB_URI not set')
}

await step('Import map for the admin', 'node', ['scripts/generate-importmap.mjs'], { env })
await step('Production build (next build)', 'next', ['build'], { env })
await step('Chromium for end-to-end tests', 'node', ['scripts/ensure-chromium.mjs'])
const e2eReport = `${report}.e2e`
const e2e = await run('vitest', ['run', '--project', 'e2e'], { env: { ...env, VITEST_JSON_REPORT: e2eReport } })
const e2eTotals = readTotals(e2eReport, e2e.code)
totals.passed += e2eTotals.passed
totals.failed += e2eTotals.failed
console.log(`\n${e2e.code === 0 ? '✔' : '✖'} End-to-end tests in Chromium: ${e2eTotals.passed} passed, ${e2eTotals.failed} failed`)
if (e2e.code !== 0) finish(1)
const smoke = await run('node', ['scripts/smoke.mjs'], { env })
if (smoke.code !== 0) {
  totals.failed += 1
  finish(1)
}
totals.passed += 1
finish(0)

/**
 * Counts from vitest's JSON report: failed tests, plus each file that failed outside any test
 * (an error while loading it or in a hook; its tests are then not run). vitest's own
 * numFailedTestSuites also counts every describe block around a failed test, so it is not used.
 * A runner that failed without any of these counts as one failure.
 */
function readTotals(file, exitCode) {
  const result = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  rmSync(file, { force: true })
  const passed = result.numPassedTests ?? 0
  const filesFailedOutsideTests = (result.testResults ?? []).filter(
    (testFile) => testFile.status === 'failed' && !(testFile.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length
  const failed = (result.numFailedTests ?? 0) + filesFailedOutsideTests
  return { passed, failed: exitCode !== 0 && failed === 0 ? 1 : failed }
}

function finish(code) {
  console.log(`\nWhole suite ${code === 0 ? 'passed' : 'FAILED'} in ${elapsed(startedAt)}`)
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`)
  process.exit(code)
}

