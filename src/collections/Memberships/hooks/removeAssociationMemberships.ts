import type { CollectionBeforeDeleteHook } from 'payload'

/** An association that is deleted takes its memberships along, so no municipality stays a member of nothing. */
export const removeAssociationMemberships: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'memberships', where: { association: { equals: id } }, overrideAccess: true, req })
}
