import type { Access, BaseFilter, FieldAccess, FilterOptions, Where } from 'payload'

import { canPublish, isAdminUser, isApprovedMember, isManagerUser, memberOf, scopedAssociations, staffOf } from './roles'

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

export const isStaffFieldLevel: FieldAccess = ({ req }) => staffOf(req) !== null

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

/**
 * What an editor works on in the admin: the list view and the rich-text link picker show only
 * their associations' documents (reading the rest stays allowed, it is published anyway).
 */
export const ownAssociationInAdmin: BaseFilter = ({ req }) => {
  const user = staffOf(req)
  const associations = user ? scopedAssociations(user) : null
  return associations === null ? null : { association: { in: associations } }
}

/** Relationship pickers offer editors only their associations' documents, and saving checks it. */
export const ownAssociationOptions: FilterOptions = ({ req }) => {
  const user = staffOf(req)
  const associations = user ? scopedAssociations(user) : null
  return associations === null ? true : { association: { in: associations } }
}

const published: Where = { _status: { equals: 'published' } }

/** Staff read everything published plus the drafts of their own associations. */
const publishedOrOwnDrafts: Access = async (args) => {
  const own = await staffOfDocumentAssociation(args)
  return own === true ? true : own === false ? published : { or: [published, own] }
}

/**
 * Editorial content with drafts: published documents are listed to everyone (members-only ones
 * as teasers whose body fields `membersOnlyField` withholds), drafts only to staff of the
 * document's association.
 */
export const publishedOrStaff: Access = (args) => {
  if (staffOf(args.req)) return publishedOrOwnDrafts(args)
  return published
}

/**
 * Fields that carry the substance of a members-only document (body, attachments, file URL):
 * readable by staff and approved members, and by anyone when the document is public. Without a
 * document (a query filtering on the field) only staff and approved members may use it, so a
 * `where[content][like]` cannot probe a members-only body.
 */
export const membersOnlyField: FieldAccess = ({ req, doc }) => {
  if (staffOf(req) || isApprovedMember(req)) return true
  return (doc as { audience?: unknown } | undefined)?.audience === 'public'
}

/** Staff may create editorial documents, but only publishers may create them published. */
export const editorialCreate: Access = ({ req, data }) => {
  if (!staffOf(req)) return false
  return data?._status !== 'published' || canPublish(req)
}

/**
 * Staff of the document's association may change it; editors only as drafts (Payload asks this
 * with `_status: 'published'` to decide whether the admin shows the Publish button).
 */
export const editorialUpdate: Access = (args) => {
  if (args.data?._status === 'published' && !canPublish(args.req)) return false
  return staffOfDocumentAssociation(args)
}

/** Publishers delete their associations' documents; editors only drafts. */
export const editorialDelete: Access = (args) => {
  const own = staffOfDocumentAssociation(args)
  if (own === false || canPublish(args.req)) return own
  return { and: [own as Where, { _status: { equals: 'draft' } }] }
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

/**
 * Documents (files): public and members-only ones are listed to everyone (members-only as a
 * teaser without its file URL), but a members-only file itself is served only to approved
 * members and staff. Internal documents (signed forms, proxy authorisations) are for staff of
 * their association only.
 */
export const documentsRead: Access = ({ req, isReadingStaticFile }) => {
  const user = staffOf(req)
  if (user) {
    const associations = scopedAssociations(user)
    if (associations === null) return true
    const listed: Where = { audience: { in: ['public', 'members'] } }
    const own: Where = { association: { in: associations } }
    return { or: [listed, own] }
  }
  const audiences = isReadingStaticFile && !isApprovedMember(req) ? ['public'] : ['public', 'members']
  const visible: Where = { audience: { in: audiences } }
  return visible
}

/** Records with an audience but without teasers (forms): members-only ones only for approved members and staff. */
export const audienceOrStaff: Access = ({ req }) => {
  if (staffOf(req) || isApprovedMember(req)) return true
  const publicAudience: Where = { audience: { equals: 'public' } }
  return publicAudience
}


/** Access of editorial collections with drafts: news, pages, events, seminars, services. */
export const editorialAccess = {
  read: publishedOrStaff,
  readVersions: versionsOfOwnAssociation,
  create: editorialCreate,
  update: editorialUpdate,
  delete: editorialDelete,
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
