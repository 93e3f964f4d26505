import type { PayloadRequest, Where } from 'payload'

import { memberOfToken } from '@/domain/memberships/memberOfIds'

import { type Id } from './ids'
import { scopedAssociations, staffOf } from './roles'

const cache = new WeakMap<object, Promise<Id[]>>()

/**
 * Municipalities whose members a staff user reviews: those with an active membership in one of
 * the user's associations (read from `memberOfIds`, which the register of memberships keeps).
 * `null` means all (admins). Computed once per request, since Payload evaluates access several
 * times while serving one.
 */
export function reviewableMunicipalities(req: PayloadRequest): Promise<Id[]> | null {
  const user = staffOf(req)
  if (!user) return Promise.resolve([])
  const associations = scopedAssociations(user)
  if (associations === null) return null
  if (associations.length === 0) return Promise.resolve([])
  const cached = cache.get(req)
  if (cached) return cached
  const activeInOne: Where = { or: associations.map((association) => ({ memberOfIds: { contains: memberOfToken(association) } })) }
  const lookup = req.payload
    .find({ collection: 'municipalities', where: activeInOne, select: { memberOfIds: true }, depth: 0, pagination: false, overrideAccess: true, req })
    .then(({ docs }) => docs.map((municipality) => municipality.id))
  cache.set(req, lookup)
  return lookup
}
