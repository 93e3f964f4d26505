import type { CollectionBeforeValidateHook } from 'payload'

import { idOf, type Ref } from '@/access/ids'

/**
 * Registrations carry their event's association so that access control can scope them with a
 * plain `where` on the registrations table, without a join per request.
 */
export const inheritAssociation: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const eventId = idOf((data.event ?? originalDoc?.event) as Ref)
  const seminarId = idOf((data.seminar ?? originalDoc?.seminar) as Ref)
  const target = eventId !== undefined
    ? await req.payload.findByID({ collection: 'events', id: eventId, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req, select: { association: true } })
    : seminarId !== undefined
      ? await req.payload.findByID({ collection: 'seminars', id: seminarId, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req, select: { association: true } })
      : null
  if (target) data.association = idOf(target.association as Ref)
  return data
}
