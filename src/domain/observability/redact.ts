/**
 * Keeps personal data and secrets out of the logs: registrants' and members' e-mails, names and
 * phones, passwords, session and link tokens. Values under such keys are replaced whole; inside
 * any other text, e-mail addresses, JWTs and long random tokens (the secret registration links)
 * are masked, so an error message like "jana@obec.cz is already registered" is logged without
 * the address.
 */
const SENSITIVE_KEY = /e-?mail|password|passwd|token|secret|salt|hash|authorization|cookie|phone|name$|^name|attendee|firstName|lastName/i
/** Keys that end in "name" but hold no personal data. */
const HARMLESS_KEYS = new Set(['collection', 'collectionName', 'hostname', 'pathname', 'fieldName', 'taskName', 'queueName', 'type', 'filename', 'fileName', 'name'])

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g
// The registration links' tokens are 43 base64url characters; API keys are as long. Random ones mix
// upper case, lower case and digits, which slugs and migration names do not.
const LONG_TOKEN = /(?<![\w-])[A-Za-z0-9_-]{32,}(?![\w-])/g
const looksRandom = (candidate: string): boolean => /[A-Z]/.test(candidate) && /[a-z]/.test(candidate) && /\d/.test(candidate)

export const REDACTED = '[redacted]'

export function redactText(text: string): string {
  return text
    .replace(JWT, '[token]')
    .replace(EMAIL, '[e-mail]')
    .replace(LONG_TOKEN, (candidate) => (looksRandom(candidate) ? '[token]' : candidate))
}

const isSensitiveKey = (key: string): boolean => !HARMLESS_KEYS.has(key) && SENSITIVE_KEY.test(key)

/**
 * A copy of `value` fit for the log. `name` alone is harmless (an error's or a task's name); a
 * person's name is under attendeeName, firstName, lastName … Errors become plain objects with
 * their type, message and stack masked.
 */
export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value)
  if (value === null || typeof value !== 'object') return value
  if (depth > 8) return '[deep]'
  if (value instanceof Error) {
    const cause = (value as { cause?: unknown }).cause
    return {
      type: value.name,
      message: redactText(value.message),
      ...(value.stack ? { stack: redactText(value.stack) } : {}),
      ...(cause === undefined ? {} : { cause: redactPersonalData(cause, depth + 1) }),
    }
  }
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isSensitiveKey(key) ? REDACTED : redactPersonalData(inner, depth + 1)]))
}

/**
 * The arguments of a log call (`logger.error(err)`, `logger.info({ … }, 'message %s', x)`) with
 * personal data masked; an Error as the first argument becomes `{ err }` plus its message, the
 * shape pino would log it in.
 */
export function redactLogArguments(args: readonly unknown[]): unknown[] {
  const [first, ...rest] = args
  if (first instanceof Error) {
    return [{ err: redactPersonalData(first) }, redactText(typeof rest[0] === 'string' ? rest[0] : first.message), ...rest.slice(1).map((arg) => redactPersonalData(arg))]
  }
  return args.map((arg) => redactPersonalData(arg))
}

/** A request path for the log: the secret link tokens in /registrations/<token> masked, the query string left out. */
export const loggablePath = (pathname: string): string => redactText(pathname.split('?')[0] ?? '')
