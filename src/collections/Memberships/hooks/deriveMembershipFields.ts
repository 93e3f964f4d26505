import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { staffOf } from '@/access/roles'
import { chamberOf } from '@/domain/municipalities/kinds'
import type { Membership } from '@/payload-types'

/**
 * Fills in what a membership derives from elsewhere: its chamber from the municipality's kind,
 * a readable title for the admin, and who made this change (kept in every version, which makes
 * the version list the membership's history).
 */
export const deriveMembershipFields: CollectionBeforeChangeHook<Membership> = async ({ data, originalDoc, req }) => {
  const municipalityId = idOf((data.municipality ?? originalDoc?.municipality) as Ref)
  const associationId = idOf((data.association ?? originalDoc?.association) as Ref)
  const [municipality, association] = await Promise.all([
    municipalityId === undefined
      ? null
      : req.payload.findByID({ collection: 'municipalities', id: municipalityId, select: { name: true, kind: true }, depth: 0, overrideAccess: true, disableErrors: true, req }),
    associationId === undefined
      ? null
      : req.payload.findByID({ collection: 'associations', id: associationId, select: { shortName: true }, depth: 0, overrideAccess: true, disableErrors: true, req }),
  ])
  if (municipality) data.chamber = chamberOf(municipality.kind) ?? 'none'
  if (municipality || association) data.title = [municipality?.name, association?.shortName].filter(Boolean).join(' – ')
  const user = staffOf(req)
  data.changedBy = user ? user.id : null
  return data
}
