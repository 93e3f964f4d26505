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
  }
  return data
}
