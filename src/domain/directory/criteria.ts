import { CHAMBERS, chamberOf, MUNICIPALITY_KINDS, type Chamber, type MunicipalityKind } from '../municipalities/kinds'
import { searchKey } from '../search/searchKey'

export const DIRECTORY_PAGE_SIZE = 24
export const DIRECTORY_SORTS = ['name', '-name', '-population', 'population'] as const
export type DirectorySort = (typeof DIRECTORY_SORTS)[number]
export const MAX_FRAGMENT_LENGTH = 60
/** More pages than the register can fill at 24 a page; a larger number is a typo or a probe. */
const MAX_PAGE = 300

/** What a visitor asked the directory for, read from the URL. */
export interface DirectoryCriteria {
  /** The name fragment as typed, for the search box. */
  text: string
  /** The fragment as compared: lower case, no accents, only letters, digits, spaces and hyphens. */
  fragment: string
  region: string | null
  district: string | null
  kind: MunicipalityKind | null
  chamber: Chamber | null
  /** Slug of an association whose active members to list. */
  member: string | null
  sort: DirectorySort
  page: number
}

export type DirectoryField = 'q' | 'region' | 'district' | 'kind' | 'chamber' | 'member' | 'sort' | 'page'
/** A value the directory could not use; the page names the field and shows results without it. */
export interface DirectoryProblem {
  field: DirectoryField
  reason: 'tooLong' | 'unknown' | 'notANumber'
}

type Params = Record<string, string | string[] | undefined>

const single = (params: Params, name: string): string => {
  const value = params[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}

const slugLike = /^[a-z0-9-]{1,80}$/
const regionCodeLike = /^[0-9A-Za-z]{1,20}$/

export function readDirectoryCriteria(params: Params): { criteria: DirectoryCriteria; problems: DirectoryProblem[] } {
  const problems: DirectoryProblem[] = []
  const optional = <T extends string>(field: DirectoryField, valid: (value: string) => value is T): T | null => {
    const value = single(params, field)
    if (value === '') return null
    if (valid(value)) return value
    problems.push({ field, reason: 'unknown' })
    return null
  }

  let text = single(params, 'q')
  if (text.length > MAX_FRAGMENT_LENGTH) {
    problems.push({ field: 'q', reason: 'tooLong' })
    text = text.slice(0, MAX_FRAGMENT_LENGTH)
  }
  // LIKE wildcards and other punctuation never occur in municipality names.
  const fragment = searchKey(text.replace(/[^\p{L}\p{N}\s-]/gu, ' '))

  const district = single(params, 'district')
  const pageText = single(params, 'page')
  let page = 1
  if (pageText !== '') {
    const number = Number(pageText)
    if (Number.isInteger(number) && number >= 1 && number <= MAX_PAGE) page = number
    else problems.push({ field: 'page', reason: 'notANumber' })
  }

  return {
    criteria: {
      text,
      fragment,
      region: optional('region', (value): value is string => regionCodeLike.test(value)),
      district: district === '' ? null : district.length > 80 ? (problems.push({ field: 'district', reason: 'tooLong' }), null) : district,
      kind: optional('kind', (value): value is MunicipalityKind => (MUNICIPALITY_KINDS as readonly string[]).includes(value)),
      chamber: optional('chamber', (value): value is Chamber => (CHAMBERS as readonly string[]).includes(value)),
      member: optional('member', (value): value is string => slugLike.test(value)),
      sort: optional('sort', (value): value is DirectorySort => (DIRECTORY_SORTS as readonly string[]).includes(value)) ?? 'name',
      page,
    },
    problems,
  }
}

/** The municipality kinds a chamber is made of (statutory cities; towns and market towns; municipalities). */
export const kindsOfChamber = (chamber: Chamber): MunicipalityKind[] => MUNICIPALITY_KINDS.filter((kind) => chamberOf(kind) === chamber)

/** The query string of criteria, without defaults, for links (pagination, sorting) and exports. */
export function directoryQueryString(criteria: DirectoryCriteria, changes: Partial<DirectoryCriteria> = {}): string {
  const merged = { ...criteria, ...changes }
  const params = new URLSearchParams()
  if (merged.text) params.set('q', merged.text)
  for (const field of ['region', 'district', 'kind', 'chamber', 'member'] as const) {
    const value = merged[field]
    if (value) params.set(field, value)
  }
  if (merged.sort !== 'name') params.set('sort', merged.sort)
  if (merged.page !== 1) params.set('page', String(merged.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}
