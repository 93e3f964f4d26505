import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { idOf, type Id, type Ref } from '@/access/ids'

/** The collections that go through review, in the order the dashboard lists them. */
export const REVIEWED_COLLECTIONS = ['news', 'pages', 'events', 'seminars', 'services', 'good-practices'] as const satisfies readonly CollectionSlug[]

export type WaitingItem = {
  collection: (typeof REVIEWED_COLLECTIONS)[number]
  id: Id
  title: string
  association?: Id
  submittedAt?: string
}

/**
 * Documents whose latest version waits for review, as the given staff user may see them: their
 * associations' documents (all for admins), oldest submission first.
 */
export async function documentsWaitingForReview(payload: Payload, user: TypedUser, locale = 'cs'): Promise<WaitingItem[]> {
  const lists = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: true,
        where: { reviewStatus: { equals: 'in-review' } },
        user,
        overrideAccess: false,
        depth: 0,
        limit: 100,
        locale: locale as 'cs',
        select: { title: true, association: true, lastChange: true, updatedAt: true },
      })
      return docs.map(
        (doc): WaitingItem => ({
          collection,
          id: doc.id,
          title: String(doc.title ?? ''),
          association: idOf(doc.association as Ref),
          submittedAt: (doc.lastChange as { at?: string } | undefined)?.at ?? doc.updatedAt,
        }),
      )
    }),
  )
  return lists.flat().sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)))
}
