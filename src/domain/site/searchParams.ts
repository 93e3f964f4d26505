export type RawSearchParams = Record<string, string | string[] | undefined>

/** The first value of a query parameter, trimmed and bounded, or undefined when empty. */
export function textParam(params: RawSearchParams, name: string, maxLength = 100): string | undefined {
  const raw = params[name]
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, maxLength)
  return value ? value : undefined
}

/** A query parameter that must be one of the known values; anything else counts as not given. */
export function choiceParam<T extends string>(params: RawSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const value = textParam(params, name)
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

/** A slug or code from the query: lower-case letters, digits and hyphens only. */
export function slugParam(params: RawSearchParams, name: string): string | undefined {
  const value = textParam(params, name)
  return value !== undefined && /^[a-z0-9-]{1,100}$/.test(value) ? value : undefined
}
