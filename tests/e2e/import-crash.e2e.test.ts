import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * `npm run import:municipalities` killed with SIGKILL half-way through the full register, on a
 * database that holds an earlier import of part of it: afterwards the database holds exactly the
 * earlier state (the import writes in one transaction, and SQLite drops an uncommitted one on the
 * next open), and running the import again completes it.
 */
const registerFile = path.resolve(process.cwd(), '../shared/data/cz-municipalities.csv')
const registerPresent = existsSync(registerFile)
if (!registerPresent) console.warn(`SKIPPED: the interrupted import test needs ${registerFile}, which is absent.`)

const PREVIOUS_ROWS = 300
/** The progress line after which the import is killed: well inside the write loop. */
const KILL_AT = /^\s*500 \/ \d+ written/m

type Run = { code: number | null; signal: NodeJS.Signals | null; output: string; killedAfterMs?: number; tookMs: number }

/** Runs the import script the way `npm run import:municipalities` does, in its own process group. */
function runImport(databaseUri: string, file: string, killWhen?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now()
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/scripts/import-municipalities.ts', file], {
      // NODE_ENV=production: the script applies the committed migrations itself, as on a server.
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URI: databaseUri, PAYLOAD_SECRET: 'import-crash-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    let killedAfterMs: number | undefined
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (killWhen && killedAfterMs === undefined && killWhen.test(output) && child.pid) {
        killedAfterMs = Date.now() - startedAt
        // The whole group: tsx runs the script in a child node process.
        process.kill(-child.pid, 'SIGKILL')
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve({ code, signal, output, killedAfterMs, tookMs: Date.now() - startedAt }))
  })
}

describe.skipIf(!registerPresent)('SIGKILL during the municipality import', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'municipia-import-crash-'))
  const databaseUri = `file:${path.join(directory, 'portal.db')}`
  afterAll(() => rmSync(directory, { recursive: true, force: true }))

  const state = async () => {
    const db = createClient({ url: databaseUri })
    try {
      const municipalities = (await db.execute('SELECT * FROM municipalities ORDER BY ruian_code')).rows
      const regions = (await db.execute('SELECT * FROM regions ORDER BY code')).rows
      return JSON.stringify({ municipalities, regions })
    } finally {
      db.close()
    }
  }
  const count = async () => {
    const db = createClient({ url: databaseUri })
    try {
      return Number((await db.execute('SELECT count(*) AS n FROM municipalities')).rows[0]?.n)
    } finally {
      db.close()
    }
  }

  // Three runs of the script, each booting Payload: longer than the e2e default of 90 s.
  it('leaves the previous import untouched, and a rerun completes the new one', async () => {
    // The previous state: an import of the first rows, three of them with an older count of parts.
    const [header, ...rows] = readFileSync(registerFile, 'utf8').trimEnd().split('\n')
    const older = rows.slice(0, PREVIOUS_ROWS).map((row, index) => (index < 3 ? row.replace(/,(\d+)\r?$/, (_, parts: string) => `,${Number(parts) + 1}`) : row))
    const previousFile = path.join(directory, 'previous.csv')
    writeFileSync(previousFile, `${[header, ...older].join('\n')}\n`)
    const previous = await runImport(databaseUri, previousFile)
    expect(previous.code, previous.output.slice(-2000)).toBe(0)
    const before = await state()
    expect(await count()).toBe(PREVIOUS_ROWS)

    const interrupted = await runImport(databaseUri, registerFile, KILL_AT)
    expect(interrupted.signal, interrupted.output.slice(-2000)).toBe('SIGKILL')
    expect(interrupted.output).not.toMatch(/^created /m)
    // Exactly the previous state: the 500 rows written before the kill are gone, the old counts stay.
    expect(await state()).toBe(before)
    console.log(`import killed after ${interrupted.killedAfterMs} ms (500 of ${rows.length} rows written): ${await count()} municipalities stored, the previous ${PREVIOUS_ROWS} unchanged`)

    const rerun = await runImport(databaseUri, registerFile)
    expect(rerun.code, rerun.output.slice(-2000)).toBe(0)
    // Updated: the three older counts, and slugs that gain their district once the namesakes
    // from the rest of the register arrive.
    const report = /created (\d+), updated (\d+), unchanged (\d+), rejected 0/.exec(rerun.output)
    expect(report, rerun.output.slice(-1000)).not.toBeNull()
    const [created, updated, unchanged] = (report ?? []).slice(1).map(Number)
    expect(created).toBe(rows.length - PREVIOUS_ROWS)
    expect((updated ?? 0) + (unchanged ?? 0)).toBe(PREVIOUS_ROWS)
    expect(updated).toBeGreaterThanOrEqual(3)
    expect(rerun.output).toMatch(/changed fields: partsCount 3\b/)
    expect(await count()).toBe(rows.length)
    console.log(`previous import ${previous.tookMs} ms, interrupted ${interrupted.tookMs} ms, rerun ${rerun.tookMs} ms (each run boots Payload, ~15 s)`)
  }, 240_000)
})
