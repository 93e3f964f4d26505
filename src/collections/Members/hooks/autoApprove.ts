import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { emailMatchesWebsite } from '@/domain/members/autoApproval'
import { decodeMemberOf } from '@/domain/memberships/memberOfIds'

/**
 * A new member whose e-mail is on their municipality's own domain is approved at once, when
 * site settings allow it and the municipality is an active member of some association. The
 * e-mail still has to be verified before the first log-in.
 */
export const autoApprove: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || (data.approvalStatus && data.approvalStatus !== 'pending')) return data
  const municipalityId = idOf(data.municipality as Ref)
  if (municipalityId === undefined || typeof data.email !== 'string') return data

  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  if (settings.memberAutoApproval === false) return data
  const municipality = await req.payload.findByID({
    collection: 'municipalities',
    id: municipalityId,
    depth: 0,
    select: { website: true, contact: true, memberOfIds: true },
    disableErrors: true,
    req,
  })
  if (!municipality || decodeMemberOf(municipality.memberOfIds).length === 0) return data
  const website = municipality.website || municipality.contact?.website
  if (!emailMatchesWebsite(data.email, website)) return data
  return { ...data, approvalStatus: 'approved', approvedAt: new Date().toISOString() }
}
