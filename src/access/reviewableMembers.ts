import type { PayloadRequest } from 'payload'

import { isActiveMemberOf } from '@/domain/memberships/activeMembership'

import { sameId, type Id } from './ids'
import { scopedAssociations, staffOf } from './roles'

const cache = new WeakMap<object, Promise<Id[]>>()

/**
 * Municipalities whose members a staff user reviews: those with an active membership in one of
 * the user's associations. `null` means all (admins). Computed once per request, since Payload
 * evaluates access several times while serving one.
 */
export function reviewableMunicipalities(req: PayloadRequest): Promise<Id[]> | null {
  const user = staffOf(req)
  if (!user) return Promise.resolve([])
  const associations = scopedAssociations(user)
  if (associations === null) return null
  const cached = cache.get(req)
  if (cached) return cached
  const lookup = req.payload
    .find({
      collection: 'municipalities',
      where: { 'memberships.association': { in: associations } },
      select: { memberships: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) =>
      docs
        .filter((municipality) => isActiveMemberOf(municipality.memberships, (association) => associations.some((id) => sameId(id, association))))
        .map((municipality) => municipality.id),
    )
  cache.set(req, lookup)
  return lookup
}
