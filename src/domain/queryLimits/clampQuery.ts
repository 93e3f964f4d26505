/**
 * Limits on what one anonymous request may ask for. Lists are paginated at most
 * MAX_ANONYMOUS_LIMIT documents per page and relationships populated at most
 * MAX_ANONYMOUS_DEPTH levels deep, whatever `limit`, `pagination` and `depth` say: a visitor
 * cannot make the server read a whole collection with its relations in one request.
 */
export const MAX_ANONYMOUS_LIMIT = 100
export const MAX_ANONYMOUS_DEPTH = 2
/**
 * GraphQL query complexity (one point per field, Payload's estimators for relations); Payload's
 * default is 1000, a page of the public site needs far less.
 */
export const GRAPHQL_MAX_COMPLEXITY = 500
/** Payload's own default when no depth is given. */
const DEFAULT_DEPTH = 2

/** Beyond this page offsets overflow SQLite's integers; no list of the portal is that long. */
export const MAX_PAGE = 100_000

export type QueryArgs = { limit?: unknown; depth?: unknown; pagination?: unknown; page?: unknown }
export type ClampedQuery = { limit?: number; depth: number; pagination?: true; page?: number }

/** A number, NaN for anything else that was given (arrays from repeated keys, objects), undefined when absent. */
const asNumber = (value: unknown): number | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value.trim() === '' ? Number.NaN : Number(value)
  return Number.NaN
}

/**
 * `limit` 0 (Payload's "no limit"), a negative, fractional or non-numeric value and
 * `pagination=false` all become one page of at most MAX_ANONYMOUS_LIMIT; a list without a
 * limit keeps Payload's default. `depth` is a whole number from 0 to MAX_ANONYMOUS_DEPTH, `page` one
 * from 1 to MAX_PAGE.
 */
export function clampAnonymousQuery(args: QueryArgs, isList: boolean): ClampedQuery {
  const depth = asNumber(args.depth)
  const clampedDepth = depth === undefined || !Number.isFinite(depth) ? DEFAULT_DEPTH : Math.trunc(depth)
  const result: ClampedQuery = { depth: Math.min(Math.max(clampedDepth, 0), MAX_ANONYMOUS_DEPTH) }
  if (!isList) return result

  const unpaginated = args.pagination === false || args.pagination === 'false'
  const limit = asNumber(args.limit)
  if (limit !== undefined || unpaginated) {
    const whole = limit === undefined || !Number.isFinite(limit) ? MAX_ANONYMOUS_LIMIT : Math.trunc(limit)
    result.limit = whole <= 0 ? MAX_ANONYMOUS_LIMIT : Math.min(whole, MAX_ANONYMOUS_LIMIT)
  }
  if (unpaginated) result.pagination = true
  const page = asNumber(args.page)
  if (page !== undefined) result.page = Number.isFinite(page) && page >= 1 ? Math.min(Math.trunc(page), MAX_PAGE) : 1
  return result
}
