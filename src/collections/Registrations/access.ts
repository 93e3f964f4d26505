import type { Access, PayloadRequest } from 'payload'

import { idOf, sameId, type Ref } from '@/access/ids'
import { staffOfDocumentAssociation } from '@/access/predicates'
import { scopedAssociations, staffOf } from '@/access/roles'

async function organiserOf(req: PayloadRequest, data: { event?: unknown; seminar?: unknown }): Promise<Ref> {
  const eventId = idOf(data.event as Ref)
  const seminarId = idOf(data.seminar as Ref)
  const collection = eventId !== undefined ? 'events' : seminarId !== undefined ? 'seminars' : null
  const id = eventId ?? seminarId
  if (!collection || id === undefined) return null
  const target = await req.payload.findByID({ collection, id, depth: 0, draft: true, disableErrors: true, req, select: { association: true } })
  return (target?.association as Ref) ?? null
}

/**
 * Staff register people only for events and seminars of their own associations, and cannot move
 * a registration to another association's event (the registration inherits the organiser).
 */
const targetsOwnAssociation = async ({ req, data }: { req: PayloadRequest; data?: Record<string, unknown> }): Promise<boolean> => {
  const user = staffOf(req)
  if (!user) return false
  const associations = scopedAssociations(user)
  if (associations === null || !data || (data.event === undefined && data.seminar === undefined)) return true
  const organiser = await organiserOf(req, data)
  return organiser !== null && associations.some((id) => sameId(id, organiser))
}

export const createRegistration: Access = async (args) => targetsOwnAssociation(args)

export const updateRegistration: Access = async (args) => ((await targetsOwnAssociation(args)) ? staffOfDocumentAssociation(args) : false)
