import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/access/ids'
import { memberOf } from '@/access/roles'
import { resolveWorkflow } from '@/domain/goodPractices/workflow'
import type { GoodPractice } from '@/payload-types'

/**
 * What a save may change depends on who saves. A member submits for their own municipality,
 * as themselves, never published, with no association or related practices of their choosing;
 * staff publish with the Publish button, which is what marks a practice published. This runs on
 * every API, so a member cannot publish through REST or GraphQL either.
 *
 * The editorial review status follows: a member's save (a submission or a revision) puts the
 * practice into review, which tells the reviewers; returning it for changes sends it back to
 * draft. The review step that runs after this hook then refuses a publication by anyone but a
 * manager or admin.
 */
export const applySubmissionRules: CollectionBeforeChangeHook<GoodPractice> = ({ data, originalDoc, operation, req }) => {
  const member = memberOf(req)
  const { workflowStatus, status } = resolveWorkflow({
    actor: member ? 'member' : 'staff',
    requested: data.workflowStatus ?? originalDoc?.workflowStatus,
    status: data._status ?? originalDoc?._status,
  })
  data.workflowStatus = workflowStatus
  data._status = status
  if (member) {
    // Generated types use the SQLite schema's numeric ids; on MongoDB they are strings.
    data.municipality = operation === 'create' ? (idOf(member.municipality) as number) : originalDoc?.municipality
    data.submittedBy = operation === 'create' ? member.id : originalDoc?.submittedBy
    data.association = originalDoc?.association ?? null
    data.relatedPractices = originalDoc?.relatedPractices ?? []
    data.reviewNote = originalDoc?.reviewNote ?? null
    data.reviewStatus = 'in-review'
  } else if (workflowStatus === 'changes-requested' && originalDoc?.workflowStatus !== 'changes-requested') {
    data.reviewStatus = 'draft'
  }
  return data
}
