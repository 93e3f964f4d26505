/**
 * Request input that is broken before any field is read: a multipart body cut short or without
 * its boundary, or an id that cannot be one. Such a request is the client's mistake (400 or 404),
 * never the server's (500).
 */
const MALFORMED_BODY_SIGNS: RegExp[] = [
  /^Unexpected end of form$/, // busboy: the multipart body ends before its closing boundary
  /^Malformed part header$/, // busboy
  /^Multipart: Boundary not found$/, // busboy: multipart/form-data without a usable boundary
  /^Unsupported content type: /, // busboy
  /^Malformed urlencoded form$/, // busboy
  /^Request is not eligible for file upload$/, // Payload: multipart/form-data the parser refuses (no boundary)
]

export const isMalformedBody = (error: { message?: string } | undefined): boolean =>
  MALFORMED_BODY_SIGNS.some((sign) => sign.test(error?.message ?? ''))

export const malformedBodyMessage = (language: string): string =>
  language === 'cs'
    ? 'Tělo požadavku je poškozené nebo neodpovídá hlavičce Content-Type. Pošlete platný JSON nebo multipart/form-data.'
    : 'The request body is damaged or does not match its Content-Type header. Send valid JSON or multipart/form-data.'

/**
 * Whether a value from a request can be a document id: a positive whole number (SQLite) or
 * 24 hexadecimal digits (MongoDB). Anything else ("1e309", "abc", an object) finds nothing and
 * must not reach the database, whose driver fails on it.
 */
export function isDocumentId(value: unknown): value is string | number {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
  return typeof value === 'string' && (/^[1-9]\d{0,14}$/.test(value) || /^[a-f0-9]{24}$/i.test(value))
}
