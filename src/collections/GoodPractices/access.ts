import type { Access, BaseFilter, FieldAccess, FilterOptions, Where } from 'payload'

import { idsOf, sameId, type Ref } from '@/access/ids'
import { canPublish, memberOf, scopedAssociations, staffOf, type StaffUser } from '@/access/roles'

/**
 * Who reviews a good practice: the staff of its own association and of every association its
 * municipality was an active member of when it was submitted (`reviewingAssociations`). Who of
 * them may publish is the review workflow's rule (managers and admins, see `canPublish`).
 */
const reviewScope = (user: StaffUser): Where | true => {
  const associations = scopedAssociations(user)
  if (associations === null) return true
  return { or: [{ association: { in: associations } }, { reviewingAssociations: { in: associations } }] }
}

const published: Where = { _status: { equals: 'published' } }

/**
 * Staff: everything published and what they review. Everyone else: everything published
 * (members-only practices as teasers, their body withheld by `membersOnlyField`), and a member's
 * own submissions while they are reviewed.
 */
export const readGoodPractices: Access = ({ req }) => {
  const staff = staffOf(req)
  if (staff) {
    const scope = reviewScope(staff)
    return scope === true ? true : { or: [published, scope] }
  }
  const member = memberOf(req)
  return member ? { or: [published, { submittedBy: { equals: member.id } }] } : published
}

/** An editor's list view shows the practices they review (reading the rest stays allowed, it is published anyway). */
export const reviewedInAdmin: BaseFilter = ({ req }) => {
  const staff = staffOf(req)
  const scope = staff ? reviewScope(staff) : true
  return scope === true ? null : scope
}

/**
 * Reviewers change what they review, editors only as drafts (Payload asks with
 * `_status: 'published'` to decide whether the admin shows the Publish button); a member revises
 * their own submission until it has been reviewed.
 */
export const updateGoodPractices: Access = ({ req, data }) => {
  const staff = staffOf(req)
  if (staff) return data?._status === 'published' && !canPublish(req) ? false : reviewScope(staff)
  const member = memberOf(req)
  if (!member) return false
  return { and: [{ submittedBy: { equals: member.id } }, { workflowStatus: { in: ['submitted', 'changes-requested'] } }] }
}

/** Publishers delete what they review; editors only practices that were never published. */
export const deleteGoodPractices: Access = ({ req }) => {
  const staff = staffOf(req)
  if (!staff) return false
  const scope = reviewScope(staff)
  if (canPublish(req)) return scope
  const drafts: Where = { _status: { equals: 'draft' } }
  return scope === true ? drafts : { and: [scope, drafts] }
}

/**
 * Attachments staff may pick: their associations' documents, as everywhere, plus those already
 * attached. A member's files belong to the first association of their municipality, and the
 * staff of another reviewing association must still be able to save (and publish) the practice.
 */
export const attachmentOptions: FilterOptions = async ({ req, id }) => {
  const staff = staffOf(req)
  const associations = staff ? scopedAssociations(staff) : null
  if (associations === null) return true
  const own: Where = { association: { in: associations } }
  if (id === undefined) return own
  const stored = await req.payload.findByID({ collection: 'good-practices', id, depth: 0, draft: true, select: { attachments: true }, overrideAccess: true, disableErrors: true, req })
  const attached = idsOf(stored?.attachments)
  return attached.length === 0 ? own : { or: [own, { id: { in: attached } }] }
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
