import { newPassword, oneOf, optionalPhone, problemsOf, requiredEmail, requiredText, type Problems } from '@/domain/accounts/formProblems'
import { LOCALES } from '@/domain/locale/locales'

export const MEMBER_POSITIONS = ['mayor', 'deputy-mayor', 'secretary', 'official', 'other'] as const
export type MemberPosition = (typeof MEMBER_POSITIONS)[number]

export type SignUpInput = {
  firstName: string
  lastName: string
  email: string
  password: string
  municipality: string
  position: string
  phone: string
  preferredLanguage: string
}

export type SignUpField = keyof SignUpInput

/** Everything wrong with a sign-up form, field by field (the municipality's existence is checked against the register separately). */
export function signUpProblems(input: SignUpInput): Problems<SignUpField> {
  return problemsOf<SignUpField>({
    firstName: requiredText(input.firstName, 80),
    lastName: requiredText(input.lastName, 80),
    email: requiredEmail(input.email),
    password: newPassword(input.password, input.email),
    municipality: input.municipality.trim() ? undefined : { kind: 'required' },
    position: oneOf(input.position, MEMBER_POSITIONS),
    phone: optionalPhone(input.phone),
    preferredLanguage: oneOf(input.preferredLanguage, LOCALES),
  })
}
