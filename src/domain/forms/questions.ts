/**
 * Questions of a questionnaire or contact form, as the form builder stores them (one block per
 * question), reduced to what answering, checking and counting need.
 */
export type ChoiceOption = { value: string; label: string }

export type Question =
  | { kind: 'text' | 'textarea' | 'email'; name: string; label: string; required: boolean }
  | { kind: 'number'; name: string; label: string; required: boolean }
  | { kind: 'checkbox'; name: string; label: string; required: boolean }
  | { kind: 'single-choice'; name: string; label: string; required: boolean; options: ChoiceOption[]; display: 'radio' | 'select' }
  | { kind: 'multiple-choice'; name: string; label: string; required: boolean; options: ChoiceOption[] }
  | { kind: 'scale'; name: string; label: string; required: boolean; min: number; max: number; minLabel?: string; maxLabel?: string }

/** The block shape the form builder stores; only the fields questions are made of. */
export type FormBlock = {
  blockType: string
  name?: string | null
  label?: string | null
  required?: boolean | null
  options?: { value: string; label: string }[] | null
  min?: number | null
  max?: number | null
  minLabel?: string | null
  maxLabel?: string | null
}

export const TEXT_LIMIT = 4000

/** Questions in form order; message blocks (explanatory text) and unknown blocks ask nothing. */
export function questionsOf(blocks: readonly FormBlock[] | null | undefined): Question[] {
  const questions: Question[] = []
  for (const block of blocks ?? []) {
    if (!block.name) continue
    const base = { name: block.name, label: block.label || block.name, required: Boolean(block.required) }
    const options = (block.options ?? []).map(({ value, label }) => ({ value, label: label || value }))
    switch (block.blockType) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'number':
      case 'checkbox':
        questions.push({ ...base, kind: block.blockType })
        break
      case 'radio':
      case 'select':
        questions.push({ ...base, kind: 'single-choice', options, display: block.blockType })
        break
      case 'multipleChoice':
        questions.push({ ...base, kind: 'multiple-choice', options })
        break
      case 'scale':
        questions.push({
          ...base,
          kind: 'scale',
          min: block.min ?? 1,
          max: block.max ?? 5,
          minLabel: block.minLabel ?? undefined,
          maxLabel: block.maxLabel ?? undefined,
        })
        break
    }
  }
  return questions
}

/** Several choices are stored in one answer, one value per line (option values never hold a line break). */
export const joinChoices = (values: readonly string[]): string => values.join('\n')
export const splitChoices = (stored: string): string[] => (stored === '' ? [] : stored.split('\n'))
