/** Answers as typed, and what went wrong, passed between the questionnaire page and its server action. */
export type AnswerValues = Record<string, string | string[]>

export type QuestionnaireState = {
  values: AnswerValues
  /** Problems by question name. */
  errors: { field: string; message: string }[]
  /** Why the form cannot take the answer at all (closed, members only, already answered). */
  refusal?: string
  done?: boolean
}
