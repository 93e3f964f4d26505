import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { idOf, sameId, type Id } from '@/access/ids'
import { isActiveMemberOf } from '@/domain/memberships/activeMembership'
import type { Municipality } from '@/payload-types'

/** Recomputes the stored member count of an association from the register. */
export async function updateMemberCount(payload: Payload, association: Id, req?: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { 'memberships.association': { equals: association } },
    select: { memberships: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const memberCount = docs.filter((municipality) =>
    isActiveMemberOf(municipality.memberships, (ref) => sameId(ref, association)),
  ).length
  await payload.update({
    collection: 'associations',
    id: association,
    data: { memberCount },
    overrideAccess: true,
    req,
    context: { memberCountOnly: true },
  })
  return memberCount
}

const associationsOf = (municipality: Pick<Municipality, 'memberships'> | undefined): Id[] =>
  (municipality?.memberships ?? []).map((membership) => idOf(membership.association)).filter((id): id is Id => id !== undefined)

export const recountAssociationMembers: CollectionAfterChangeHook<Municipality> = async ({ doc, previousDoc, req, context }) => {
  // Bulk imports recount once at the end instead of once per row.
  if (context.skipMemberRecount) return doc
  const touched = new Map<string, Id>()
  for (const id of [...associationsOf(previousDoc), ...associationsOf(doc)]) touched.set(String(id), id)
  for (const id of touched.values()) await updateMemberCount(req.payload, id, req)
  return doc
}
