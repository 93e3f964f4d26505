import { isPhone, isWebUrl } from '@/domain/validation/formats'

import { passwordProblem, type PasswordProblem } from './passwordRules'

/**
 * What is wrong with one field of a portal form, as data: the pages turn it into a message in
 * the visitor's language that names the field.
 */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'too-long'; max: number }
  | { kind: 'invalid-email' }
  | { kind: 'invalid-url' }
  | { kind: 'invalid-phone' }
  | { kind: 'choice' }
  | { kind: 'not-found' }
  | { kind: 'password'; problem: PasswordProblem }

export type Problems<Field extends string> = Partial<Record<Field, FieldProblem>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const requiredText = (value: string, max: number): FieldProblem | undefined =>
  !value.trim() ? { kind: 'required' } : value.trim().length > max ? { kind: 'too-long', max } : undefined

export const optionalText = (value: string, max: number): FieldProblem | undefined =>
  value.trim().length > max ? { kind: 'too-long', max } : undefined

export const requiredEmail = (value: string): FieldProblem | undefined =>
  !value.trim() ? { kind: 'required' } : value.trim().length > 254 || !EMAIL.test(value.trim()) ? { kind: 'invalid-email' } : undefined

export const optionalEmail = (value: string): FieldProblem | undefined => (value.trim() ? requiredEmail(value) : undefined)

export const optionalPhone = (value: string): FieldProblem | undefined => (value.trim() && !isPhone(value) ? { kind: 'invalid-phone' } : undefined)

export const optionalUrl = (value: string): FieldProblem | undefined =>
  !value.trim() ? undefined : value.trim().length > 500 || !isWebUrl(value.trim()) ? { kind: 'invalid-url' } : undefined

export const oneOf = (value: string, options: readonly string[]): FieldProblem | undefined =>
  !value ? { kind: 'required' } : options.includes(value) ? undefined : { kind: 'choice' }

export const newPassword = (value: string, email?: string): FieldProblem | undefined => {
  if (!value) return { kind: 'required' }
  const problem = passwordProblem(value, { email })
  return problem ? { kind: 'password', problem } : undefined
}

/** Collects the problems of a form; empty when everything is fine. */
export function problemsOf<Field extends string>(checks: Record<Field, FieldProblem | undefined>): Problems<Field> {
  return Object.fromEntries(Object.entries(checks).filter(([, problem]) => problem !== undefined)) as Problems<Field>
}
