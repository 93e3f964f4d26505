import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { isAdminUser, memberOf, scopedAssociations, staffOf } from '@/access/roles'

const submitted: Where = { status: { not_equals: 'draft' } }
const draft: Where = { status: { equals: 'draft' } }

/** The office's staff: submitted applications of their associations (all of them for admins); never a member's draft. */
function officeScope(req: PayloadRequest): Where | null {
  const user = staffOf(req)
  if (!user) return null
  const associations = scopedAssociations(user)
  return associations === null ? submitted : { and: [submitted, { association: { in: associations } }] }
}

const ownApplications = (req: PayloadRequest): Where | false => {
  const member = memberOf(req)
  return member ? { submittedBy: { equals: member.id } } : false
}

/** Staff read their office's applications; a member reads their own, drafts included; nobody else reads any. */
export const readApplications: Access = ({ req }) => officeScope(req) ?? ownApplications(req)

/** Staff move their office's applications along; a member may change only their own drafts. */
export const updateApplications: Access = ({ req }) => {
  const office = officeScope(req)
  if (office) return office
  const own = ownApplications(req)
  return own && { and: [own, draft] }
}

/** Admins remove applications (e.g. on a data-protection request); members throw away their own drafts. */
export const deleteApplications: Access = ({ req }) => {
  if (isAdminUser(staffOf(req))) return true
  const own = ownApplications(req)
  return own && { and: [own, draft] }
}

export const officeOnly: FieldAccess = ({ req }) => staffOf(req) !== null
