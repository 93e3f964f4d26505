import type { Payload, PayloadRequest } from 'payload'

import { idOf, type Id } from '@/access/ids'
import { encodeMemberOf } from '@/domain/memberships/memberOfIds'

/**
 * Values derived from the memberships, each recomputed from scratch (never incremented) inside
 * the transaction of the change that affects it, so that they equal a direct count over the
 * register after any sequence of changes: `municipalities.memberOfIds` (the associations a
 * municipality is an active member of; what the directory filters by) and
 * `associations.memberCount`.
 */
export const DERIVED_ONLY = { membershipDerivedOnly: true } as const

const asSystem = { overrideAccess: true, depth: 0 } as const

export async function refreshMemberOf(payload: Payload, municipality: Id, req: PayloadRequest): Promise<void> {
  const stored = await payload.findByID({
    collection: 'municipalities',
    id: municipality,
    select: { memberOfIds: true },
    disableErrors: true,
    req,
    ...asSystem,
  })
  // Deleted in the same operation (its memberships are removed before it); nothing to keep in step.
  if (!stored) return
  const { docs } = await payload.find({
    collection: 'memberships',
    where: { and: [{ municipality: { equals: municipality } }, { status: { equals: 'active' } }] },
    select: { association: true },
    pagination: false,
    req,
    ...asSystem,
  })
  const memberOfIds = encodeMemberOf(docs.map((membership) => idOf(membership.association)).filter((id): id is Id => id !== undefined))
  if ((stored.memberOfIds ?? '') === memberOfIds) return
  await payload.update({
    collection: 'municipalities',
    id: municipality,
    data: { memberOfIds },
    context: DERIVED_ONLY,
    req,
    ...asSystem,
  })
}

export async function refreshMemberCount(payload: Payload, association: Id, req: PayloadRequest): Promise<void> {
  const stored = await payload.findByID({
    collection: 'associations',
    id: association,
    select: { memberCount: true },
    disableErrors: true,
    req,
    ...asSystem,
  })
  if (!stored) return
  const { totalDocs } = await payload.count({
    collection: 'memberships',
    where: { and: [{ association: { equals: association } }, { status: { equals: 'active' } }] },
    req,
    overrideAccess: true,
  })
  if (stored.memberCount === totalDocs) return
  await payload.update({
    collection: 'associations',
    id: association,
    data: { memberCount: totalDocs },
    context: DERIVED_ONLY,
    req,
    ...asSystem,
  })
}
