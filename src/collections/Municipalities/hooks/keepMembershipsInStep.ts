import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Municipality } from '@/payload-types'

/**
 * A membership's chamber and title come from its municipality's kind and name: when either
 * changes, the memberships are saved again (their hook derives both anew, and the change shows
 * in their history).
 */
export const keepMembershipsInStep: CollectionAfterChangeHook<Municipality> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || (previousDoc.kind === doc.kind && previousDoc.name === doc.name)) return doc
  await req.payload.update({
    collection: 'memberships',
    where: { municipality: { equals: doc.id } },
    data: {},
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}

/** A municipality leaves the register with its memberships, so that no count keeps it. */
export const removeMemberships: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'memberships', where: { municipality: { equals: id } }, overrideAccess: true, req })
}
