import type { CollectionAfterChangeHook } from 'payload'

import { docId } from '@/lib/docId'
import { emailsApplicant } from '@/domain/partnerships/status'
import type { PartnershipRequest } from '@/payload-types'

import { SEND_APPLICATION_EMAIL } from '../emailTask'

/**
 * Queues the applicant's e-mail in the same transaction as the change, so an e-mail goes out
 * exactly when the change is stored, and is retried by the jobs queue if the mail server is down:
 * a confirmation with the reference on submission, and a message on each public status change.
 */
export const notifyApplicant: CollectionAfterChangeHook<PartnershipRequest> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? undefined : previousDoc?.status
  if (doc.status === from || doc.status === 'draft') return doc
  const application = String(doc.id)
  if (from === undefined || from === 'draft') {
    await req.payload.jobs.queue({ task: SEND_APPLICATION_EMAIL, input: { application, event: 'confirmation' }, req })
  } else if (emailsApplicant(doc.status)) {
    await req.payload.jobs.queue({
      task: SEND_APPLICATION_EMAIL,
      input: {
        application,
        event: 'status',
        status: doc.status,
        message: doc.history?.at(-1)?.message ?? null,
        proposedPartner: doc.status === 'partner-proposed' ? (doc.proposedPartner?.name ?? null) : null,
      },
      req,
    })
  }
  return doc
}

/**
 * A matched municipality gets its partnership recorded for the office to complete and publish;
 * it stays off the public map until the office decides both sides agree to be shown.
 */
export const recordMatchedPartnership: CollectionAfterChangeHook<PartnershipRequest> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'matched' || previousDoc?.status === 'matched') return doc
  const municipality = docId(doc.municipality)
  const partnerRegion = docId(doc.proposedPartner?.region) ?? docId(doc.desiredRegions?.[0])
  const association = docId(doc.association)
  if (municipality === undefined || partnerRegion === undefined || association === undefined || !doc.proposedPartner?.name) return doc
  const existing = await req.payload.count({ collection: 'partnerships', where: { request: { equals: doc.id } }, req, overrideAccess: true })
  if (existing.totalDocs > 0) return doc
  await req.payload.create({
    collection: 'partnerships',
    data: {
      association,
      municipality,
      partnerName: doc.proposedPartner.name,
      partnerRegion,
      partnerWebsite: doc.proposedPartner.website ?? null,
      since: new Date().getFullYear(),
      areas: doc.cooperationAreas ?? [],
      visibility: 'internal',
      request: doc.id,
    },
    req,
    overrideAccess: true,
  })
  return doc
}
