import type { Access } from 'payload'

import { isApprovedMember, staffOf } from '@/access/roles'

/**
 * Search results carry titles and summaries, so they follow the audience of the document they
 * point to: visitors find public documents only, approved members and staff find all. Drafts
 * never reach the index (the plugin syncs published documents only).
 */
export const readSearchResults: Access = ({ req }) => {
  if (staffOf(req) || isApprovedMember(req)) return true
  return { audience: { equals: 'public' } }
}
