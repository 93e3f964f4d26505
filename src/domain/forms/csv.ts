import { stringify } from 'csv-stringify/sync'

import { splitChoices, type Question } from './questions'
import type { Submission } from './results'

export type CsvHeadings = { id: string; submittedAt: string }

/** How an answer reads in a spreadsheet: chosen options by their labels, several joined with "; ". */
function readable(question: Question, value: string | undefined): string {
  if (value === undefined) return ''
  switch (question.kind) {
    case 'single-choice':
      return question.options.find((option) => option.value === value)?.label ?? value
    case 'multiple-choice':
      return splitChoices(value)
        .map((choice) => question.options.find((option) => option.value === choice)?.label ?? choice)
        .join('; ')
    default:
      return value
  }
}

/**
 * All answers as RFC 4180 CSV, one row per submission and one column per question, with a
 * byte-order mark so spreadsheet programs read Czech and Polish letters correctly.
 */
export function answersCsv(questions: readonly Question[], submissions: readonly Submission[], headings: CsvHeadings): string {
  const header = [headings.id, headings.submittedAt, ...questions.map((question) => question.label)]
  const rows = submissions.map((submission) => [
    submission.id,
    submission.createdAt,
    ...questions.map((question) => readable(question, submission.answers.find((answer) => answer.field === question.name)?.value)),
  ])
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`
}
