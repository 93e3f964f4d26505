/** Paging of the open-data endpoint: 100 a page unless asked otherwise, at most 500. */
export const OPEN_DATA_DEFAULT_LIMIT = 100
export const OPEN_DATA_MAX_LIMIT = 500

export type PagingProblem = { field: 'page' | 'limit'; max?: number }

export function readPaging(params: URLSearchParams): { page: number; limit: number } | PagingProblem {
  const read = (name: 'page' | 'limit', fallback: number, max: number): number | null => {
    const text = params.get(name)
    if (text === null || text === '') return fallback
    const value = Number(text)
    return Number.isInteger(value) && value >= 1 && value <= max ? value : null
  }
  const page = read('page', 1, Number.MAX_SAFE_INTEGER)
  if (page === null) return { field: 'page' }
  const limit = read('limit', OPEN_DATA_DEFAULT_LIMIT, OPEN_DATA_MAX_LIMIT)
  if (limit === null) return { field: 'limit', max: OPEN_DATA_MAX_LIMIT }
  return { page, limit }
}

/** Postal codes are stored space-separated and published as a list. */
export const postalCodeList = (stored: string | null | undefined): string[] => (stored ?? '').split(' ').filter(Boolean)
