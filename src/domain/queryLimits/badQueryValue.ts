/**
 * Errors the database layer raises when a query carries a value of the wrong kind: text where
 * an id or a number is expected, an impossible date, a malformed `where`, an operator the field
 * does not support. Payload validates query paths but passes such values through, and the
 * driver's error would become a 500; they are the client's mistake and deserve a 400.
 */
const BAD_VALUE_SIGNS: RegExp[] = [
  /Only finite numbers \(not Infinity or NaN\) can be passed/, // libsql: NaN id or number
  /undefined cannot be passed as argument to the database/, // libsql: unparseable date
  /datatype mismatch/, // SQLite: offset or limit out of range
  /row value misused/, // SQLite: a repeated query key became a list
  /can only bind numbers, strings, bigints, buffers, and null/, // libsql: a list where one value is expected (`equals` given twice)
  // A date compared by text (`contains`/`like`) with a value that is no date: Payload drops the
  // value and the SQL it builds (`starts_at like  and …`) does not parse. Only reads get here.
  /SQLITE_ERROR: near "\w+": syntax error/,
  /operators\[\w+\] is not a function/, // an operator the adapter has not got for this field
  /is not valid JSON|(in|after) JSON at position \d+|Unexpected end of JSON input/, // `where` given as a string that is not JSON
  /^Cast to \w+ failed/, // MongoDB: a value that is not an ObjectId, number or date
  /BSONError|input must be a 24 character hex string/, // MongoDB ids
]

export type ErrorLike = { name?: string; message?: string; cause?: unknown }

/** Whether the error, or any error it was caused by, is a wrong-kind value in a query. */
export function isBadQueryValue(error: ErrorLike | undefined, depth = 0): boolean {
  if (!error || depth > 5) return false
  const text = `${error.name ?? ''}: ${error.message ?? ''}`
  if (BAD_VALUE_SIGNS.some((sign) => sign.test(text) || sign.test(error.message ?? ''))) return true
  return typeof error.cause === 'object' && error.cause !== null && isBadQueryValue(error.cause as ErrorLike, depth + 1)
}

export const badQueryMessage = (language: string): string =>
  language === 'cs'
    ? 'Dotaz obsahuje hodnotu nesprávného druhu (např. text místo čísla nebo data, neplatný filtr where). Opravte parametry dotazu.'
    : 'The query contains a value of the wrong kind (e.g. text where a number or date is expected, an invalid where filter). Correct the query parameters.'
