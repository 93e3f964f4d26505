import { ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { idOf, idsOf, type Ref } from '@/access/ids'
import { memberOf, staffOf } from '@/access/roles'
import { checkApplication, type ApplicationInput } from '@/domain/partnerships/application'
import { checkStatusChange, isPartnershipStatus, nextReference, type PartnershipStatus, type WorkflowActor } from '@/domain/partnerships/status'
import { describeApplicationProblem, describeStatusProblem, partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { docId } from '@/lib/docId'
import { messageLocaleOf } from '@/lib/messageLocale'
import type { PartnershipRequest } from '@/payload-types'

import { isOwnUnclaimedAttachment } from './signedForm'

/**
 * Staff act for the office. Local API calls without a user (seed, scripts) may act for it by
 * saying so in `context`; every other caller — a member, an anonymous visitor — is an applicant.
 */
export const actorOf = (req: PayloadRequest): WorkflowActor =>
  staffOf(req) || req.context?.workflowActor === 'office' ? 'office' : 'applicant'

/** The fields an applicant fills in; a status-only change by the office does not re-check them. */
const APPLICATION_FIELDS = [
  'applicantKind',
  'applicantName',
  'municipality',
  'homeRegion',
  'contact',
  'desiredRegions',
  'cooperationAreas',
  'offer',
  'lookingFor',
  'motivation',
  'languages',
  'population',
  'correspondenceLanguage',
  'consent',
] as const

/** Relationship values compared by id, whether populated or not, number or string. */
const comparable = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && 'id' in item && !Array.isArray(item) ? String((item as { id: unknown }).id) : typeof item === 'number' ? String(item) : item,
  )

type RequestData = Partial<PartnershipRequest>

async function homeRegionRules(req: PayloadRequest, homeRegion: unknown) {
  const id = idOf(homeRegion as Ref)
  if (id === undefined) return { partnerRegionIds: undefined, hasOffice: undefined, office: undefined }
  const region = await req.payload
    .findByID({ collection: 'regions', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!region || region.kind !== 'cz-region') return { partnerRegionIds: [], hasOffice: false, office: undefined }
  return {
    partnerRegionIds: idsOf(region.partnerRegions).map(String),
    hasOffice: Boolean(region.partnershipOffice),
    office: docId(region.partnershipOffice),
  }
}

/**
 * Checks an application and its status change before anything is written: an applicant's data
 * against the form's rules (complete once submitted, only well-formed while a draft), and the
 * status against the workflow and the actor. All problems are reported at once, each naming
 * its field, in the caller's language.
 */
export const checkApplicationAndStatus: CollectionBeforeValidateHook<PartnershipRequest> = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  const actor = actorOf(req)
  const from = operation === 'create' ? undefined : originalDoc?.status
  const to: PartnershipStatus = isPartnershipStatus(data.status) ? data.status : (from ?? 'submitted')
  const merged: RequestData = { ...originalDoc, ...data, contact: { ...originalDoc?.contact, ...data.contact } as PartnershipRequest['contact'] }
  const locale = messageLocaleOf(req)
  const errors: { path: string; message: string }[] = []

  for (const problem of checkStatusChange({
    from,
    to,
    actor,
    proposedPartnerName: merged.proposedPartner?.name,
    statusMessage: merged.statusMessage,
  })) {
    errors.push({ path: problem.field, message: describeStatusProblem(problem, locale) })
  }

  const touched =
    operation === 'create' || from === 'draft' || APPLICATION_FIELDS.some((field) => comparable(data[field]) !== comparable(originalDoc?.[field]))
  if (touched) {
    const rules = await homeRegionRules(req, merged.homeRegion)
    for (const problem of checkApplication(merged as ApplicationInput, { draft: to === 'draft', ...rules })) {
      errors.push({ path: problem.field, message: describeApplicationProblem(problem, locale) })
    }
  }
  if (actor === 'applicant' && comparable(data.signedForm) !== comparable(originalDoc?.signedForm) && !(await isOwnUnclaimedAttachment(req, data.signedForm))) {
    errors.push({ path: 'signedForm', message: `${partnershipMessagesFor(locale).fields.signedForm}: ${partnershipMessagesFor(locale).problems['file-missing']}` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'partnership-requests', errors, req }, req.t)

  data.status = to
  const member = memberOf(req)
  if (operation === 'create' && member) data.submittedBy = member.id
  return data
}

async function highestReferenceOf(req: PayloadRequest, year: number): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'partnership-requests',
    where: { reference: { like: `PR-${year}-` } },
    sort: '-submittedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { reference: true },
  })
  return docs[0]?.reference ?? undefined
}

const actorName = (req: PayloadRequest, data: RequestData): string => {
  const staff = staffOf(req)
  if (staff) return `${staff.name} <${staff.email}>`
  const member = memberOf(req)
  if (member) return `${member.firstName} ${member.lastName} <${member.email}>`
  return req.context?.workflowActor === 'office' ? 'system' : (data.contact?.name ?? 'applicant')
}

/**
 * On submission the application gets its reference, its submission time and the office of its
 * home region; every status change is appended to the history with who, when and the message
 * the applicant was sent.
 */
export const recordWorkflow: CollectionBeforeChangeHook<PartnershipRequest> = async ({ data, originalDoc, operation, req }) => {
  const from = operation === 'create' ? undefined : originalDoc?.status
  const to = data.status ?? from
  if (!to || to === 'draft' || to === from) return data
  const now = new Date()

  if (from === undefined || from === 'draft') {
    data.reference = nextReference(now.getFullYear(), await highestReferenceOf(req, now.getFullYear()))
    data.submittedAt = now.toISOString()
    data.association ??= (await homeRegionRules(req, data.homeRegion)).office
  }
  data.history = [
    ...(originalDoc?.history ?? []),
    { status: to, at: now.toISOString(), actor: actorOf(req), by: actorName(req, data), message: data.statusMessage?.trim() || null },
  ]
  data.statusMessage = null
  return data
}
