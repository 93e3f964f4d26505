import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type Field, type TypeWithID } from 'payload'

import { canPublish, memberOf, staffOf } from '@/access/roles'
import { isStaffFieldLevel } from '@/access/predicates'
import { REVIEW_ACTIONS, REVIEW_STATUSES, reviewStep, type ReviewProblem, type ReviewStatus } from '@/domain/review/workflow'
import { label, option } from '@/i18n/adminLabel'

import { notifyReviewers } from './notifyReviewers'

const statusLabels: Record<ReviewStatus, [string, string]> = {
  draft: ['Rozpracováno', 'Draft'],
  'in-review': ['Ke schválení', 'In review'],
  published: ['Zveřejněno', 'Published'],
  archived: ['Archivováno', 'Archived'],
}

const actionLabels: Record<(typeof REVIEW_ACTIONS)[number], [string, string]> = {
  created: ['Založeno', 'Created'],
  edited: ['Upraveno', 'Edited'],
  submitted: ['Odesláno ke schválení', 'Submitted for review'],
  withdrawn: ['Staženo z posouzení', 'Withdrawn from review'],
  returned: ['Vráceno k úpravě', 'Returned for changes'],
  published: ['Zveřejněno', 'Published'],
  unpublished: ['Staženo z webu', 'Unpublished'],
  archived: ['Archivováno', 'Archived'],
}

/**
 * The review status an editor sets (draft ↔ in review) and a manager advances (archive), plus
 * who did what when. Both are saved with every version, so the version history shows the
 * workflow step by step.
 */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewStatus',
    type: 'select',
    // Always set by the workflow hook; not required, so writers need not send it.
    defaultValue: 'draft',
    index: true,
    label: label('Stav schvalování', 'Review status'),
    admin: {
      position: 'sidebar',
      description: label(
        'Redaktor odešle ke schválení; zveřejňuje a archivuje správce svazu.',
        'Editors submit for review; the association manager publishes and archives.',
      ),
    },
    options: REVIEW_STATUSES.map((status) => option(status, ...statusLabels[status])),
  },
  {
    name: 'lastChange',
    type: 'group',
    label: label('Poslední krok', 'Last step'),
    access: { read: isStaffFieldLevel, create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'action', type: 'select', label: label('Co', 'What'), options: REVIEW_ACTIONS.map((action) => option(action, ...actionLabels[action])) },
      { name: 'by', type: 'relationship', relationTo: ['users', 'members'], label: label('Kdo', 'Who') },
      { name: 'at', type: 'date', label: label('Kdy', 'When'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
]

const draftFlagKey = (slug: string) => `reviewDraftVersion:${slug}`
// The step of this write, for afterChange: the document it receives has passed field access, and a submitting member may not read `lastChange`.
const actionKey = (slug: string) => `reviewAction:${slug}`

/**
 * Remembers whether this write is a draft version beside the live document (Payload tells the
 * operation, not the change hooks). Archiving always writes the live document, so that it goes
 * offline rather than leaving the archived state in a draft nobody sees.
 */
const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const write = args as { draft?: boolean; data?: { reviewStatus?: unknown; _status?: unknown } }
  if (write.data?.reviewStatus === 'archived') {
    write.draft = false
    write.data._status = 'draft'
  }
  req.context[draftFlagKey(collection.slug)] = Boolean(write.draft)
  return args
}

const problemMessages: Record<ReviewProblem, [string, string]> = {
  'publish-needs-publisher': [
    'Zveřejnit může jen správce svazu. Odešlete dokument ke schválení.',
    'Only an association manager can publish. Submit the document for review.',
  ],
  'live-edit-needs-publisher': [
    'Zveřejněný dokument upravujete jako koncept a odešlete ke schválení; změnit nebo stáhnout zveřejněnou verzi může jen správce svazu.',
    'Change a published document as a draft and submit it for review; only an association manager can change or unpublish the live version.',
  ],
  'archive-needs-publisher': ['Archivovat může jen správce svazu.', 'Only an association manager can archive.'],
}

/** Applies the workflow to every write; refuses what only a publisher may do. */
const applyReviewStep: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  let previousPublication: 'draft' | 'published' | null = null
  if (operation === 'update' && originalDoc?.id !== undefined) {
    // The live document, not the latest draft version the hook receives as `originalDoc`.
    const live = await req.payload.db.findOne<TypeWithID & { _status?: string }>({ collection: collection.slug, req, where: { id: { equals: originalDoc.id } } })
    previousPublication = live?._status === 'published' ? 'published' : 'draft'
  }
  const outcome = reviewStep({
    previous: operation === 'create' ? null : ((originalDoc?.reviewStatus as ReviewStatus | undefined) ?? 'draft'),
    previousPublication,
    requested: data.reviewStatus as ReviewStatus | undefined,
    publication: (data._status ?? originalDoc?._status) === 'published' ? 'published' : 'draft',
    draftVersion: req.context[draftFlagKey(collection.slug)] === true,
    // Without a user the Local API acts for the system (seed, scheduled jobs of publishers).
    canPublish: !req.user || canPublish(req),
  })
  if (!outcome.ok) {
    const [czech, english] = problemMessages[outcome.problem]
    throw new APIError(req.i18n?.language === 'cs' ? czech : english, 403, null, true)
  }
  const actor = staffOf(req) ?? memberOf(req)
  req.context[actionKey(collection.slug)] = outcome.action
  return {
    ...data,
    reviewStatus: outcome.status,
    lastChange: {
      action: outcome.action,
      by: actor ? { relationTo: actor.collection, value: actor.id } : null,
      at: new Date().toISOString(),
    },
  }
}

const announceSubmission: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (req.context[actionKey(collection.slug)] === 'submitted') await notifyReviewers(req, collection, doc)
  return doc
}

export const reviewHooks = {
  beforeOperation: [rememberDraftFlag],
  beforeChange: [applyReviewStep],
  afterChange: [announceSubmission],
}
