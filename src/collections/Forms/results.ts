import { Forbidden, type PayloadRequest } from 'payload'

import { sameId, type Id } from '@/access/ids'
import { scopedAssociations, staffOf } from '@/access/roles'
import { questionsOf, type FormBlock, type Question } from '@/domain/forms/questions'
import { aggregateResults, type FormResults, type Submission } from '@/domain/forms/results'
import type { Form } from '@/payload-types'

export type LoadedResults = { form: Form; questions: Question[]; submissions: Submission[]; results: FormResults }

/**
 * A form's answers and their aggregates, for staff of the form's association (admins: any form).
 * Answers are read with the user's own access, in the order they came in.
 */
export async function loadFormResults(req: PayloadRequest, id: Id): Promise<LoadedResults> {
  const user = staffOf(req)
  if (!user) throw new Forbidden(req.t)
  const form = await req.payload.findByID({ collection: 'forms', id, depth: 0, req, overrideAccess: false })
  const scope = scopedAssociations(user)
  if (scope !== null && !scope.some((association) => sameId(association, form.association))) throw new Forbidden(req.t)

  const { docs } = await req.payload.find({
    collection: 'form-submissions',
    where: { form: { equals: form.id } },
    pagination: false,
    sort: 'createdAt',
    depth: 0,
    select: { submissionData: true, createdAt: true },
    req,
    overrideAccess: false,
  })
  const submissions: Submission[] = docs.map((doc) => ({
    id: String(doc.id),
    createdAt: doc.createdAt,
    answers: (doc.submissionData ?? []).map(({ field, value }) => ({ field, value })),
  }))
  const questions = questionsOf(form.fields as FormBlock[] | null | undefined)
  return { form, questions, submissions, results: aggregateResults(questions, submissions) }
}
