import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { idOf, idsOf, type Ref } from '@/access/ids'
import { memberOf, staffOf } from '@/access/roles'

type Submitted = { id: number | string; title?: unknown; association?: Ref; reviewingAssociations?: Ref[] | null }

const labelIn = (value: unknown, language: 'cs' | 'en'): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && language in value) return String((value as Record<string, unknown>)[language])
  return ''
}

/**
 * E-mails the managers of the document's association (and, for a good practice, of every
 * association reviewing it) that something waits for their review (admins when none of them
 * has a manager or the document no association). A failing mail server
 * does not undo the submission; it is on the review dashboard either way.
 */
export async function notifyReviewers(req: PayloadRequest, collection: SanitizedCollectionConfig, doc: Submitted): Promise<void> {
  // Read back as stored: the document afterChange hands over has passed field access, and a submitting member may not read the reviewing associations.
  const stored = (await req.payload.findByID({ collection: collection.slug as CollectionSlug, id: doc.id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })) as Submitted | null
  const associations = [idOf(stored?.association ?? doc.association), ...idsOf(stored?.reviewingAssociations)].filter((id) => id !== undefined)
  const managers: Where = { and: [{ role: { equals: 'manager' } }, { associations: { in: associations } }] }
  let { docs: reviewers } = associations.length === 0 ? { docs: [] } : await req.payload.find({ collection: 'users', where: managers, depth: 0, limit: 50, req })
  if (reviewers.length === 0) reviewers = (await req.payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, depth: 0, limit: 50, req })).docs

  const author = staffOf(req)?.name ?? (memberOf(req) ? `${memberOf(req)?.firstName} ${memberOf(req)?.lastName}` : '')
  const link = `${req.payload.config.serverURL}/admin/collections/${collection.slug}/${doc.id}`
  const title = typeof doc.title === 'string' ? doc.title : ''

  for (const reviewer of reviewers) {
    const language = reviewer.preferredLanguage === 'en' ? 'en' : 'cs'
    const kind = labelIn(collection.labels.singular, language)
    const subject = language === 'cs' ? `Ke schválení: ${title}` : `Waiting for review: ${title}`
    const text =
      language === 'cs'
        ? `${author || 'Redaktor'} odeslal(a) ke schválení: ${kind} „${title}“.\n\nPosoudit a zveřejnit: ${link}\n\nPortál Municipia`
        : `${author || 'An editor'} submitted for review: ${kind} “${title}”.\n\nReview and publish: ${link}\n\nThe Municipia portal`
    try {
      await req.payload.sendEmail({ to: reviewer.email, subject, text })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `Review notice to ${reviewer.email} failed` })
    }
  }
}
