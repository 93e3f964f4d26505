import type { Payload } from 'payload'

import { isStaff } from './predicates'

/**
 * Payload adds its document-lock collection itself, open to any logged-in account, and offers
 * no option to configure that. Members would be able to read who edits what and to lock
 * editors out of documents; only staff, who use the admin, may touch locks.
 */
export function restrictInternalCollections(payload: Payload): void {
  const locks = payload.collections['payload-locked-documents']?.config
  if (locks) locks.access = { ...locks.access, read: isStaff, create: isStaff, update: isStaff, delete: isStaff }
}
