/**
 * Password rules for both account kinds, after NIST SP 800-63B: a minimum length and a check
 * against passwords attackers try first, rather than composition rules that push people to
 * predictable patterns.
 */
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 128

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common' | 'contains-email'

const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'heslo',
  'heslo123',
  'haslo',
  'haslo123',
  'qwertyuiop',
  'qwertzuiop',
  'asdfghjkl',
  'iloveyou',
  'letmein',
  'welcome',
  'administrator',
  'municipia',
  'starosta',
  'obecniurad',
])

const SEQUENCES = ['0123456789012345', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', 'qwertzuiopasdfghjklyxcvbnm']

const isRepeatedChunk = (text: string): boolean => /^(.{1,3})\1+$/u.test(text)

function isTooCommon(password: string): boolean {
  const lower = password.toLowerCase()
  const withoutTrailingDigits = lower.replace(/[0-9!.]+$/, '')
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(withoutTrailingDigits)) return true
  if (isRepeatedChunk(lower)) return true
  const reversed = [...lower].reverse().join('')
  return SEQUENCES.some((sequence) => sequence.includes(lower) || sequence.includes(reversed))
}

/** The first rule a new password breaks, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string | null } = {}): PasswordProblem | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) return 'too-short'
  if (length > PASSWORD_MAX_LENGTH) return 'too-long'
  const localPart = context.email?.split('@')[0]?.toLowerCase() ?? ''
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) return 'contains-email'
  if (isTooCommon(password)) return 'too-common'
  return null
}
