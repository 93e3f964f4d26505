/**
 * Payload errors as a page's server action sees them. Next bundles Payload into several chunks,
 * so `error instanceof ValidationError` can be false for an error Payload threw (and class names
 * are minified); these helpers read the errors' documented shape instead.
 */
type FieldError = { path: string; message: string }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** The field errors of a refused write (Payload's ValidationError), or null for any other error. */
export function fieldErrorsOf(error: unknown): FieldError[] | null {
  if (!isRecord(error) || !isRecord(error.data) || !Array.isArray(error.data.errors)) return null
  return error.data.errors.filter((entry): entry is FieldError => isRecord(entry) && typeof entry.path === 'string' && typeof entry.message === 'string')
}

/** The message of an error Payload meant for the user (an APIError marked public), or null. */
export function publicMessageOf(error: unknown): string | null {
  return isRecord(error) && error.isPublic === true && typeof error.message === 'string' ? error.message : null
}
