/** What a portal form shows after a submission: a message, errors by field, and what was typed. */
export type FormState = {
  status: 'idle' | 'error' | 'done'
  message?: string
  errors?: Record<string, string>
  values?: Record<string, string>
}

export const idleForm: FormState = { status: 'idle' }

export type FormAction = (previous: FormState, data: FormData) => Promise<FormState>
