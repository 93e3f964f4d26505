import { isPhone } from '@/domain/validation/formats'

import { COOPERATION_AREAS, type CooperationArea } from './cooperationAreas'

export const APPLICANT_KINDS = ['municipality', 'school', 'institution'] as const
export type ApplicantKind = (typeof APPLICANT_KINDS)[number]

/** Languages an applicant may offer for the cooperation (the same list as the regions register). */
export const COOPERATION_LANGUAGES = ['cs', 'pl', 'sk', 'de', 'en', 'fr', 'other'] as const
export type CooperationLanguage = (typeof COOPERATION_LANGUAGES)[number]

/** Languages the portal writes to applicants in. */
export const CORRESPONDENCE_LANGUAGES = ['cs', 'pl', 'en'] as const
export type CorrespondenceLanguage = (typeof CORRESPONDENCE_LANGUAGES)[number]

export const LIMITS = {
  applicantName: 200,
  contactName: 120,
  contactPosition: 120,
  longText: 4000,
  population: 10_000_000,
} as const

/** An application as it arrives from the form or the API; anything may be missing or wrong. */
export type ApplicationInput = {
  applicantKind?: unknown
  applicantName?: unknown
  municipality?: unknown
  homeRegion?: unknown
  contact?: { name?: unknown; position?: unknown; email?: unknown; phone?: unknown } | null
  desiredRegions?: unknown
  cooperationAreas?: unknown
  offer?: unknown
  lookingFor?: unknown
  motivation?: unknown
  languages?: unknown
  population?: unknown
  correspondenceLanguage?: unknown
  consent?: { givenAt?: unknown } | null
}

/** The fields the checks below can complain about, as paths of the stored document. */
export const APPLICATION_FIELDS = [
  'applicantKind',
  'applicantName',
  'municipality',
  'homeRegion',
  'contact.name',
  'contact.position',
  'contact.email',
  'contact.phone',
  'desiredRegions',
  'cooperationAreas',
  'offer',
  'lookingFor',
  'motivation',
  'languages',
  'population',
  'correspondenceLanguage',
  'consent',
] as const
export type ApplicationField = (typeof APPLICATION_FIELDS)[number]

export type ApplicationProblem =
  | { field: ApplicationField; kind: 'required' }
  | { field: ApplicationField; kind: 'too-long'; max: number }
  | { field: ApplicationField; kind: 'invalid-email' }
  | { field: ApplicationField; kind: 'invalid-phone' }
  | { field: ApplicationField; kind: 'unknown-choice' }
  | { field: ApplicationField; kind: 'not-a-partner-region' }
  | { field: ApplicationField; kind: 'no-office' }
  | { field: ApplicationField; kind: 'out-of-range'; min: number; max: number }

export type ApplicationRules = {
  /** A member's saved draft only has to be well-formed; a submission must be complete. */
  draft: boolean
  /**
   * The foreign regions the applicant's home region cooperates with (as strings: ids differ by
   * database). `undefined` when no home region is known yet, which only a draft may be.
   */
  partnerRegionIds?: readonly string[]
  /** Whether the home region has an office that handles applications; `undefined` when unknown. */
  hasOffice?: boolean
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : isBlank(value) ? [] : [value])
const scalarString = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '')
/** An id as text; anything that is not an id (an object from a hostile request) becomes '', which matches no region. */
const idString = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'id' in value ? scalarString((value as { id: unknown }).id) : scalarString(value)

/**
 * Checks an application against the rules of the form and returns every problem at once, each
 * naming its field, so the applicant can fix them all in one go.
 */
export function checkApplication(input: ApplicationInput, rules: ApplicationRules): ApplicationProblem[] {
  const problems: ApplicationProblem[] = []
  const mustHave = (field: ApplicationField, value: unknown) => {
    if (!rules.draft && (isBlank(value) || (Array.isArray(value) && value.length === 0))) {
      problems.push({ field, kind: 'required' })
      return false
    }
    return !isBlank(value)
  }
  const text = (field: ApplicationField, value: unknown, max: number, required: boolean) => {
    if (required ? !mustHave(field, value) : isBlank(value)) return
    if (typeof value !== 'string') problems.push({ field, kind: 'unknown-choice' })
    else if (value.length > max) problems.push({ field, kind: 'too-long', max })
  }
  const choices = <T extends string>(field: ApplicationField, value: unknown, allowed: readonly T[], required: boolean) => {
    const list = asList(value)
    if (required && !mustHave(field, list)) return
    if (list.some((item) => !allowed.includes(item as T))) problems.push({ field, kind: 'unknown-choice' })
  }

  choices('applicantKind', input.applicantKind, APPLICANT_KINDS, true)
  text('applicantName', input.applicantName, LIMITS.applicantName, true)
  if (input.applicantKind === 'municipality') mustHave('municipality', input.municipality)
  if (mustHave('homeRegion', input.homeRegion) && !rules.draft && rules.hasOffice === false) problems.push({ field: 'homeRegion', kind: 'no-office' })

  text('contact.name', input.contact?.name, LIMITS.contactName, true)
  text('contact.position', input.contact?.position, LIMITS.contactPosition, false)
  const email = input.contact?.email
  if (mustHave('contact.email', email) && (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))) {
    problems.push({ field: 'contact.email', kind: 'invalid-email' })
  }
  const phone = input.contact?.phone
  if (!isBlank(phone) && (typeof phone !== 'string' || !isPhone(phone))) problems.push({ field: 'contact.phone', kind: 'invalid-phone' })

  const desired = asList(input.desiredRegions)
  if (mustHave('desiredRegions', desired) && rules.partnerRegionIds) {
    const allowed = rules.partnerRegionIds
    if (desired.some((region) => !allowed.includes(idString(region)))) problems.push({ field: 'desiredRegions', kind: 'not-a-partner-region' })
  }
  choices<CooperationArea>('cooperationAreas', input.cooperationAreas, COOPERATION_AREAS, true)

  text('offer', input.offer, LIMITS.longText, false)
  text('lookingFor', input.lookingFor, LIMITS.longText, true)
  text('motivation', input.motivation, LIMITS.longText, false)
  choices('languages', input.languages, COOPERATION_LANGUAGES, false)
  choices('correspondenceLanguage', input.correspondenceLanguage, CORRESPONDENCE_LANGUAGES, false)

  const population = input.population
  if (!isBlank(population)) {
    const value = typeof population === 'string' ? Number(population.replace(/\s/g, '')) : population
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS.population) {
      problems.push({ field: 'population', kind: 'out-of-range', min: 0, max: LIMITS.population })
    }
  }
  mustHave('consent', input.consent?.givenAt)
  return problems
}
