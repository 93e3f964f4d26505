import type { Access, FieldAccess, Where } from 'payload'

import { sameId, type Ref } from '@/access/ids'
import { publishedForAudience } from '@/access/predicates'
import { memberOf, scopedAssociations, staffOf, type StaffUser } from '@/access/roles'

/**
 * Who reviews a good practice: the editors of its own association and of every association its
 * municipality was an active member of when it was submitted (`reviewingAssociations`). The
 * predicates live beside the collection because src/access belongs to the member-portal work.
 */
const reviewScope = (user: StaffUser): Where | true => {
  const associations = scopedAssociations(user)
  if (associations === null) return true
  return { or: [{ association: { in: associations } }, { reviewingAssociations: { in: associations } }] }
}

const published: Where = { _status: { equals: 'published' } }

/** Staff: everything published and what they review. Members: what their audience allows, and their own submissions. */
export const readGoodPractices: Access = async (args) => {
  const staff = staffOf(args.req)
  if (staff) {
    const scope = reviewScope(staff)
    return scope === true ? true : { or: [published, scope] }
  }
  const base = await publishedForAudience(args)
  const member = memberOf(args.req)
  if (member && typeof base === 'object') return { or: [base, { submittedBy: { equals: member.id } }] }
  return base
}

/** Reviewers change what they review; a member revises their own submission until it has been reviewed. */
export const updateGoodPractices: Access = ({ req }) => {
  const staff = staffOf(req)
  if (staff) return reviewScope(staff)
  const member = memberOf(req)
  if (!member) return false
  return { and: [{ submittedBy: { equals: member.id } }, { workflowStatus: { in: ['submitted', 'changes-requested'] } }] }
}

export const deleteGoodPractices: Access = ({ req }) => {
  const staff = staffOf(req)
  return staff ? reviewScope(staff) : false
}

export const readGoodPracticeVersions: Access = ({ req }): Where | boolean => {
  const staff = staffOf(req)
  if (!staff) return false
  const associations = scopedAssociations(staff)
  if (associations === null) return true
  return { or: [{ 'version.association': { in: associations } }, { 'version.reviewingAssociations': { in: associations } }] }
}

/** The contact's e-mail and phone, and the review note, are for staff and the submitting member only. */
export const staffOrSubmitter: FieldAccess = ({ req, doc }) => {
  if (staffOf(req)) return true
  const member = memberOf(req)
  return Boolean(member && sameId((doc as { submittedBy?: Ref } | undefined)?.submittedBy, member.id))
}

export const staffOnly: FieldAccess = ({ req }) => staffOf(req) !== null
