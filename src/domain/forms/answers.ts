import { joinChoices, splitChoices, TEXT_LIMIT, type Question } from './questions'

export type AnswerProblem =
  | { field: string; kind: 'required' | 'unknown-choice' | 'invalid-email' | 'invalid-number' | 'unknown-field' }
  | { field: string; kind: 'out-of-range'; min: number; max: number }
  | { field: string; kind: 'too-long'; max: number }

export type StoredAnswer = { field: string; value: string }

const blank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const asText = (value: unknown): string | null =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null

/**
 * Checks submitted answers against the form's questions and returns them in the stored form
 * (one string per answered question, in question order), or every problem found. Unanswered
 * optional questions are left out, so counts of answers mean "people who answered".
 */
export function checkAnswers(
  questions: readonly Question[],
  submitted: readonly { field?: unknown; value?: unknown }[],
): { problems: AnswerProblem[]; answers: StoredAnswer[] } {
  const byField = new Map<string, unknown>()
  const problems: AnswerProblem[] = []
  for (const entry of submitted) {
    const field = typeof entry.field === 'string' ? entry.field : ''
    if (!questions.some((question) => question.name === field)) problems.push({ field: field || '?', kind: 'unknown-field' })
    else byField.set(field, entry.value)
  }

  const answers: StoredAnswer[] = []
  for (const question of questions) {
    const raw = byField.get(question.name)
    const field = question.name
    const isUnchecked = question.kind === 'checkbox' && (raw === false || raw === 'false' || raw === 'off')
    if (blank(raw) || isUnchecked) {
      if (question.required) problems.push({ field, kind: 'required' })
      continue
    }
    switch (question.kind) {
      case 'text':
      case 'textarea':
      case 'email': {
        const text = asText(raw)
        if (text === null) problems.push({ field, kind: 'unknown-choice' })
        else if (text === '') {
          if (question.required) problems.push({ field, kind: 'required' })
        }
        else if (text.length > TEXT_LIMIT) problems.push({ field, kind: 'too-long', max: TEXT_LIMIT })
        else if (question.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) problems.push({ field, kind: 'invalid-email' })
        else answers.push({ field, value: text })
        break
      }
      case 'number': {
        const text = asText(raw)?.replace(',', '.')
        const value = text ? Number(text) : Number.NaN
        if (!Number.isFinite(value)) problems.push({ field, kind: 'invalid-number' })
        else answers.push({ field, value: String(value) })
        break
      }
      case 'checkbox':
        if (raw === true || raw === 'true' || raw === 'on') answers.push({ field, value: 'true' })
        else problems.push({ field, kind: 'unknown-choice' })
        break
      case 'single-choice': {
        const value = asText(raw)
        if (value === null || !question.options.some((option) => option.value === value)) problems.push({ field, kind: 'unknown-choice' })
        else answers.push({ field, value })
        break
      }
      case 'multiple-choice': {
        const values = Array.isArray(raw) ? raw.map(asText) : typeof raw === 'string' ? splitChoices(raw) : [null]
        const chosen = question.options.filter((option) => values.includes(option.value)).map((option) => option.value)
        if (values.some((value) => value === null || !question.options.some((option) => option.value === value))) {
          problems.push({ field, kind: 'unknown-choice' })
        } else answers.push({ field, value: joinChoices(chosen) })
        break
      }
      case 'scale': {
        const value = Number(asText(raw))
        if (!Number.isInteger(value) || value < question.min || value > question.max) {
          problems.push({ field, kind: 'out-of-range', min: question.min, max: question.max })
        } else answers.push({ field, value: String(value) })
        break
      }
    }
  }
  return { problems, answers }
}
