import { commitTransaction, createLocalReq, Forbidden, initTransaction, killTransaction, type Payload } from 'payload'

import { idOf, idsOf, type Id } from '@/access/ids'
import type { MemberUser } from '@/access/roles'
import { decodeMemberOf } from '@/domain/memberships/memberOfIds'
import { checkSubmission, type SubmissionInput, type SubmissionProblem } from '@/domain/goodPractices/submission'
import type { Locale } from '@/domain/locale/locales'
import { paragraphsToLexical } from '@/domain/richText/plainText'

export interface SubmittedUpload {
  name: string
  type: string
  data: Buffer
}

export type SubmitOutcome =
  | { saved: true; id: Id }
  | { saved: false; problems: SubmissionProblem[] }
  | { saved: false; reason: 'notMember' | 'notFound' | 'notEditable' | 'failed' }

/**
 * A member's good practice from the public form, new or revised (`practice`): checked field by
 * field, then saved with its attachments in one transaction as the member, so Payload's access
 * rules and submission hooks decide what the member may do. A failure leaves nothing behind in
 * the database.
 */
export async function submitGoodPractice(
  payload: Payload,
  { member, input, uploads, locale, practice }: { member: MemberUser | null; input: SubmissionInput; uploads: SubmittedUpload[]; locale: Locale; practice?: Id },
): Promise<SubmitOutcome> {
  if (!member || member.approvalStatus !== 'approved') return { saved: false, reason: 'notMember' }
  const { data, problems } = checkSubmission({ ...input, files: uploads.map(({ name, type, data: bytes }) => ({ name, type, size: bytes.length })) })
  if (!data) return { saved: false, problems }

  const municipality = await payload.findByID({
    collection: 'municipalities',
    id: idOf(member.municipality) as Id,
    select: { memberOfIds: true },
    depth: 0,
    overrideAccess: true,
  })
  const firstAssociation = decodeMemberOf(municipality.memberOfIds)[0]
  const owner = firstAssociation === undefined ? undefined : payload.db.defaultIDType === 'number' ? Number(firstAssociation) : firstAssociation
  if (uploads.length > 0 && owner === undefined) return { saved: false, problems: [{ field: 'attachments', problem: 'filesNeedMembership' }] }

  const req = await createLocalReq({ user: member, locale }, payload)
  const inTransaction = await initTransaction(req)
  try {
    const existing =
      practice === undefined
        ? null
        : (
            await payload.find({
              collection: 'good-practices',
              where: { id: { equals: practice } },
              select: { attachments: true },
              depth: 0,
              limit: 1,
              overrideAccess: false,
              user: member,
              req,
            })
          ).docs[0]
    if (practice !== undefined && !existing) {
      await killTransaction(req)
      return { saved: false, reason: 'notFound' }
    }
    const attachments: Id[] = idsOf(existing?.attachments)
    for (const upload of uploads) {
      const document = await payload.create({
        collection: 'documents',
        // Members may not upload documents themselves; this one belongs to their submission, for its reviewers.
        data: { title: upload.name, association: owner as number, audience: data.audience },
        file: { data: upload.data, mimetype: upload.type, name: upload.name, size: upload.data.length },
        overrideAccess: true,
        req,
      })
      attachments.push(document.id)
    }
    const fields = {
      title: data.title,
      topics: data.topics,
      summary: data.summary,
      content: paragraphsToLexical(data.content),
      results: data.results ? paragraphsToLexical(data.results) : null,
      costsAndFunding: data.costsAndFunding ? paragraphsToLexical(data.costsAndFunding) : null,
      year: data.year,
      contact: data.contact,
      audience: data.audience,
      // Generated types use the SQLite schema's numeric ids; on MongoDB they are strings.
      attachments: attachments as number[],
    }
    const saved =
      practice === undefined
        ? await payload.create({ collection: 'good-practices', data: { ...fields, workflowStatus: 'submitted', municipality: idOf(member.municipality) as number }, locale, overrideAccess: false, user: member, req })
        : await payload.update({ collection: 'good-practices', id: practice, data: fields, locale, overrideAccess: false, user: member, req })
    if (inTransaction) await commitTransaction(req)
    return { saved: true, id: saved.id }
  } catch (error) {
    await killTransaction(req)
    // Payload's update access lets a member revise only a submission that has not been reviewed yet.
    if (error instanceof Forbidden) return { saved: false, reason: 'notEditable' }
    payload.logger.error({ err: error }, 'a member’s good practice could not be saved')
    return { saved: false, reason: 'failed' }
  }
}
