export const WORKFLOW_STATUSES = ['submitted', 'changes-requested', 'reviewed', 'published'] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]
export type DocumentStatus = 'draft' | 'published'

export interface WorkflowChange {
  /** Who saves: a member submitting or revising, or staff reviewing. */
  actor: 'member' | 'staff'
  /** The review status asked for in this save (staff), or stored before it. */
  requested: WorkflowStatus | null | undefined
  /** The document status this save leaves the practice in. */
  status: DocumentStatus | null | undefined
}

/**
 * The review status a save leaves a practice in. A member's save is always a submission to
 * review and never published; for staff, publishing (the Publish button) is what makes a
 * practice "published", and a practice that is not published cannot claim to be.
 */
export function resolveWorkflow({ actor, requested, status }: WorkflowChange): { workflowStatus: WorkflowStatus; status: DocumentStatus } {
  if (actor === 'member') return { workflowStatus: 'submitted', status: 'draft' }
  if (status === 'published') return { workflowStatus: 'published', status: 'published' }
  if (!requested) return { workflowStatus: 'submitted', status: 'draft' }
  return { workflowStatus: requested === 'published' ? 'reviewed' : requested, status: 'draft' }
}

/** Whom to tell about a change of review status: the submitting member, when their practice is returned or published. */
export function submitterNotice(previous: WorkflowStatus | null | undefined, next: WorkflowStatus): 'changes-requested' | 'published' | null {
  if (previous === next) return null
  return next === 'changes-requested' || next === 'published' ? next : null
}
