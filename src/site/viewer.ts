import { cookies, draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { payloadClient } from '@/lib/payload'

/**
 * Who is looking at a page. Anonymous visitors (almost everyone) get cached data; a signed-in
 * member or editor gets data read with their own access, and an editor in preview gets drafts.
 */
export type Viewer = { user: null; draft: false } | { user: TypedUser; draft: boolean }

export const ANONYMOUS: Viewer = { user: null, draft: false }

/** Payload's session cookie (cookiePrefix "payload"), shared by staff and member accounts. */
export const SESSION_COOKIE = 'payload-token'

export const currentViewer = cache(async (): Promise<Viewer> => {
  const [jar, preview] = await Promise.all([cookies(), draftMode()])
  if (!jar.has(SESSION_COOKIE)) return ANONYMOUS
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return ANONYMOUS
  return { user, draft: preview.isEnabled && user.collection === 'users' }
})
