import type { FormField } from '@/domain/registration/input'

/** What the registration form shows after a refused submission: the input as typed, and why. */
export type RegistrationFormState = {
  values: Record<string, string>
  message: string
  fieldErrors: Partial<Record<FormField, string>>
}
