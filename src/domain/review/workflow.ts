/**
 * The review workflow of editorial content: authors (editors, members submitting good practices)
 * write drafts and submit them; publishers (association managers, admins) publish, send back
 * and archive. `published` always means the document is live and `archived` that it was taken
 * offline, so the review status and Payload's own draft/published status never disagree.
 */
export const REVIEW_STATUSES = ['draft', 'in-review', 'published', 'archived'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_ACTIONS = ['created', 'edited', 'submitted', 'withdrawn', 'returned', 'published', 'unpublished', 'archived'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export type Publication = 'draft' | 'published'

export type ReviewStep = {
  /** Review status of the latest version before this write; null when the document is new. */
  previous: ReviewStatus | null
  /** Publication status of the live document before this write; null when the document is new. */
  previousPublication: Publication | null
  /** The review status the writer sent, if any (forms send back the current one unchanged). */
  requested: ReviewStatus | null | undefined
  /** Publication status this write gives the document. */
  publication: Publication
  /** Whether the write is saved as a draft version beside the live document. */
  draftVersion: boolean
  canPublish: boolean
}

export type ReviewProblem = 'publish-needs-publisher' | 'live-edit-needs-publisher' | 'archive-needs-publisher'

export type ReviewOutcome = { ok: true; status: ReviewStatus; action: ReviewAction } | { ok: false; problem: ReviewProblem }

const ok = (status: ReviewStatus, action: ReviewAction): ReviewOutcome => ({ ok: true, status, action })
const refuse = (problem: ReviewProblem): ReviewOutcome => ({ ok: false, problem })

export function reviewStep(step: ReviewStep): ReviewOutcome {
  const { previous, previousPublication, requested, publication, draftVersion, canPublish } = step

  if (publication === 'published') {
    if (!canPublish) return refuse('publish-needs-publisher')
    return ok('published', previousPublication === 'published' ? 'edited' : 'published')
  }

  const changesLiveDocument = previousPublication === 'published' && !draftVersion
  if (changesLiveDocument && !canPublish) return refuse('live-edit-needs-publisher')

  if (requested === 'archived' && previous !== 'archived') {
    return canPublish ? ok('archived', 'archived') : refuse('archive-needs-publisher')
  }
  if (changesLiveDocument) return ok('draft', 'unpublished')
  if (requested === 'in-review') return ok('in-review', previous === 'in-review' ? 'edited' : 'submitted')
  if (requested === 'draft' && previous === 'in-review') return ok('draft', canPublish ? 'returned' : 'withdrawn')
  if (previous === null) return ok('draft', 'created')
  // Nothing (or the unchanged status) requested: a document in review or archived stays so.
  if ((previous === 'in-review' || previous === 'archived') && requested !== 'draft') return ok(previous, 'edited')
  return ok('draft', 'edited')
}
