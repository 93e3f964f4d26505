import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, sameId, type Ref } from '@/access/ids'
import { decodeMemberOf } from '@/domain/memberships/memberOfIds'
import { sizeBandOf } from '@/domain/municipalities/sizeBand'
import type { GoodPractice } from '@/payload-types'

/**
 * The size band and region come from the municipality, so the library can filter by them. The
 * reviewing associations are the associations the municipality is an active member of when the
 * practice is submitted (or moved to another municipality); their staff see and review it, and
 * their managers are asked to (editorial/notifyReviewers.ts).
 */
export const deriveFromMunicipality: CollectionBeforeChangeHook<GoodPractice> = async ({ data, originalDoc, operation, req }) => {
  const municipalityId = idOf(data.municipality as Ref)
  if (municipalityId === undefined) return data
  const municipality = await req.payload.findByID({
    collection: 'municipalities',
    id: municipalityId,
    depth: 0,
    select: { population: true, region: true, memberOfIds: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  data.sizeBand = sizeBandOf(municipality?.population ?? null)
  data.region = municipality?.region ?? null
  const moved = operation === 'update' && !sameId(originalDoc?.municipality, municipalityId)
  if (operation === 'create' || moved) {
    // Ids are numbers on SQLite and strings on MongoDB; the generated types know only numbers.
    const asId = (id: string) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id) as number
    data.reviewingAssociations = decodeMemberOf(municipality?.memberOfIds).map(asId)
  }
  return data
}
