import type { PayloadRequest } from 'payload'

import { mergeInvalidations, type Invalidation } from '@/domain/cache/invalidation'
import { purgeToken } from '@/domain/cache/purgeToken'

import { PURGE_ENDPOINT_PATH, purgeTargets } from './purgeTargets'

type Pending = { invalidation: Invalidation; sent: Promise<void> }

const pendingByRequest = new WeakMap<PayloadRequest, Pending>()
const inFlight = new Set<Promise<void>>()

const POLL_MS = 20
/** A bulk import can hold its transaction for minutes; after this the purge goes out regardless. */
const MAX_WAIT_MS = 15 * 60 * 1000
const SEND_TIMEOUT_MS = 5000

/**
 * Expires the caches after a write. The purge waits until the request's transaction is committed
 * (hooks run before the commit), so nobody re-renders a page from the old data in between; all
 * changes of one request (e.g. a document and the member counts it recounts) go out as one purge.
 * A failed purge never fails the write: it is logged, and the time-based expiry still applies.
 */
export function schedulePurge(req: PayloadRequest, invalidation: Invalidation): void {
  const pending = pendingByRequest.get(req)
  if (pending) {
    pending.invalidation = mergeInvalidations(pending.invalidation, invalidation)
    return
  }
  const entry: Pending = { invalidation, sent: Promise.resolve() }
  pendingByRequest.set(req, entry)
  entry.sent = afterTransaction(req)
    .then(() => {
      pendingByRequest.delete(req)
      return sendPurge(entry.invalidation, req)
    })
    .finally(() => inFlight.delete(entry.sent))
  inFlight.add(entry.sent)
}

/** Resolves when every scheduled purge has been sent (for command-line scripts before they exit). */
export async function flushPurges(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight])
}

async function afterTransaction(req: PayloadRequest): Promise<void> {
  const startedAt = Date.now()
  // Let the other hooks of the same operation add their changes first.
  await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  while (req.transactionID !== undefined && Date.now() - startedAt < MAX_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

async function sendPurge(invalidation: Invalidation, req: PayloadRequest): Promise<void> {
  // The raw secret, as the front cache knows it; Payload keeps only a hash of it.
  const secret = process.env.PAYLOAD_SECRET ?? ''
  const body = JSON.stringify(invalidation)
  await Promise.all(
    purgeTargets().map(async (base) => {
      try {
        const response = await fetch(new URL(PURGE_ENDPOINT_PATH, base), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${purgeToken(secret)}` },
          body,
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        })
        if (!response.ok) req.payload.logger.warn(`Cache purge at ${base} answered ${response.status}`)
      } catch (error) {
        req.payload.logger.warn(`Cache purge at ${base} failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }),
  )
}
