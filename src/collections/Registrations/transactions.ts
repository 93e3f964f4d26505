import { setTimeout as sleep } from 'node:timers/promises'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { SeatConflict } from './ledger'

const ATTEMPTS = 12

/**
 * Runs one registration change in its own transaction, and runs it again when it lost a race it
 * could not see coming: a seat taken between decision and update (SeatConflict), or MongoDB
 * aborting one of two transactions that wrote the same counter (a transient transaction error).
 * SQLite runs write transactions one after another, so there it succeeds the first time.
 */
export async function inRegistrationTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const result = await work(req)
      await commitTransaction(req)
      return result
    } catch (error) {
      await killTransaction(req)
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error
      // Spread the retries so that the racing transactions do not collide again in step.
      await sleep(Math.random() * 20 * attempt)
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof SeatConflict) return true
  const labels = (error as { errorLabels?: unknown } | null)?.errorLabels
  const code = (error as { code?: unknown } | null)?.code
  // MongoDB: WriteConflict (112) and errors labelled TransientTransactionError are safe to retry.
  return (Array.isArray(labels) && labels.includes('TransientTransactionError')) || code === 112
}
