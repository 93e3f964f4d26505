import { splitChoices, type Question } from './questions'

export type Submission = { id: string; createdAt: string; answers: readonly { field: string; value: string }[] }

export type ChoiceCount = { value: string; label: string; count: number }

export type QuestionResult =
  | { kind: 'choices'; question: Question; answered: number; counts: ChoiceCount[]; multiple: boolean }
  | { kind: 'scale'; question: Question; answered: number; counts: ChoiceCount[]; mean: number | null; median: number | null }
  | { kind: 'number'; question: Question; answered: number; mean: number | null; min: number | null; max: number | null }
  | { kind: 'text'; question: Question; answered: number; answers: string[] }

export type FormResults = { total: number; questions: QuestionResult[] }

const median = (sorted: readonly number[]): number | null => {
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * Counts the answers to each question: how many people chose each option (an option nobody
 * chose is listed with 0), the distribution, mean and median of scales, and the text answers.
 * Answers stored under an option that was later removed from the form are counted as their raw value.
 */
export function aggregateResults(questions: readonly Question[], submissions: readonly Submission[]): FormResults {
  const answersOf = (name: string) =>
    submissions.flatMap((submission) => submission.answers.filter((answer) => answer.field === name).map((answer) => answer.value))

  const results = questions.map((question): QuestionResult => {
    const values = answersOf(question.name)
    switch (question.kind) {
      case 'single-choice':
      case 'multiple-choice':
      case 'checkbox': {
        const options =
          question.kind === 'checkbox' ? [{ value: 'true', label: question.label }] : question.options
        const tally = new Map<string, number>(options.map((option) => [option.value, 0]))
        for (const value of values) {
          for (const choice of question.kind === 'multiple-choice' ? splitChoices(value) : [value]) tally.set(choice, (tally.get(choice) ?? 0) + 1)
        }
        const counts = [...tally].map(([value, count]) => ({ value, label: options.find((option) => option.value === value)?.label ?? value, count }))
        return { kind: 'choices', question, answered: values.length, counts, multiple: question.kind === 'multiple-choice' }
      }
      case 'scale': {
        const numbers = values.map(Number).filter(Number.isFinite).sort((a, b) => a - b)
        const counts: ChoiceCount[] = []
        for (let point = question.min; point <= question.max; point += 1) {
          const label = point === question.min && question.minLabel ? `${point} – ${question.minLabel}` : point === question.max && question.maxLabel ? `${point} – ${question.maxLabel}` : String(point)
          counts.push({ value: String(point), label, count: numbers.filter((number) => number === point).length })
        }
        return { kind: 'scale', question, answered: numbers.length, counts, mean: mean(numbers), median: median(numbers) }
      }
      case 'number': {
        const numbers = values.map(Number).filter(Number.isFinite)
        return {
          kind: 'number',
          question,
          answered: numbers.length,
          mean: mean(numbers),
          min: numbers.length ? Math.min(...numbers) : null,
          max: numbers.length ? Math.max(...numbers) : null,
        }
      }
      default:
        return { kind: 'text', question, answered: values.length, answers: values }
    }
  })
  return { total: submissions.length, questions: results }
}

/** Share of `count` in `of`, in whole per cent (0 when nobody answered). */
export const percent = (count: number, of: number): number => (of === 0 ? 0 : Math.round((count / of) * 100))
