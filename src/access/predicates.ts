import type { Access, FieldAccess, Where } from 'payload'

import { isAdminUser, isApprovedMember, isManagerUser, memberOf, scopedAssociations, staffOf } from './roles'

export const anyone: Access = () => true

export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => isAdminUser(staffOf(req))

export const isStaff: Access = ({ req }) => staffOf(req) !== null

/** Shared registers (municipalities, regions, people, partners) are kept by admins and managers. */
export const isAdminOrManager: Access = ({ req }) => {
  const user = staffOf(req)
  return isAdminUser(user) || isManagerUser(user)
}

export const isAdminFieldLevel: FieldAccess = ({ req }) => isAdminUser(staffOf(req))

/**
 * Content that belongs to an association: admins may touch everything, other staff only
 * documents of their own associations. The same constraint serves read of drafts in the admin,
 * update and delete; create is checked against the incoming data by `associationField`.
 */
export const staffOfDocumentAssociation: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  const associations = scopedAssociations(user)
  if (associations === null) return true
  return { association: { in: associations } }
}

const published: Where = { _status: { equals: 'published' } }
const publicAudience: Where = { audience: { equals: 'public' } }

/** Staff read everything published plus the drafts of their own associations. */
const publishedOrOwnDrafts: Access = async (args) => {
  const own = await staffOfDocumentAssociation(args)
  return own === true ? true : own === false ? published : { or: [published, own] }
}

/**
 * Editorial content with drafts and an audience: staff see everything published and their
 * associations' drafts, approved members everything published, everyone else only what is
 * published and public.
 */
export const publishedForAudience: Access = (args) => {
  if (staffOf(args.req)) return publishedOrOwnDrafts(args)
  if (isApprovedMember(args.req)) return published
  return { and: [published, publicAudience] }
}

/** Editorial content with drafts but no audience: published is public. */
export const publishedOrStaff: Access = (args) => {
  if (staffOf(args.req)) return publishedOrOwnDrafts(args)
  return published
}

/**
 * Version history (drafts included) is for staff of the document's association only. Without it
 * Payload lets any logged-in account, members included, read every version.
 */
export const versionsOfOwnAssociation: Access = ({ req }) => {
  const user = staffOf(req)
  if (!user) return false
  const associations = scopedAssociations(user)
  return associations === null ? true : { 'version.association': { in: associations } }
}

/** Uploads and records without drafts but with an audience (documents). */
export const audienceOrStaff: Access = ({ req }) => {
  if (staffOf(req) || isApprovedMember(req)) return true
  return publicAudience
}

/** A member may read and change only their own account. */
export const selfMemberOrStaff: Access = ({ req }) => {
  if (staffOf(req)) return true
  const member = memberOf(req)
  return member ? { id: { equals: member.id } } : false
}

/**
 * Personal records (registrations, partnership requests): staff of the document's association,
 * and the member named in `memberField`.
 */
export const staffOrOwningMember =
  (memberField: string): Access =>
  (args) => {
    if (staffOf(args.req)) return staffOfDocumentAssociation(args)
    const member = memberOf(args.req)
    return member ? { [memberField]: { equals: member.id } } : false
  }
