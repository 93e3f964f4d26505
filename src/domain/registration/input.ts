import type { Locale } from '../locale/locales'
import { isPhone } from '../validation/formats'

import { registrationMessagesFor } from '@/i18n/registrationMessages'

export const POSITIONS = ['mayor', 'deputy-mayor', 'secretary', 'official', 'other'] as const
export type Position = (typeof POSITIONS)[number]

export const LIMITS = { name: 120, email: 254, phone: 40, municipality: 160, organisation: 200, needs: 1000, representsMunicipality: 160 } as const

export const FORM_FIELDS = [
  'name',
  'email',
  'phone',
  'municipality',
  'organisation',
  'position',
  'needs',
  'consent',
  'representsMunicipality',
  'authorisation',
] as const
export type FormField = (typeof FORM_FIELDS)[number]

export type Problem =
  | { code: 'required' | 'invalidEmail' | 'invalidPhone' | 'invalidName' | 'invalidText' | 'invalidChoice' }
  | { code: 'consentRequired' | 'consentOutdated' | 'municipalityOrOrganisation' | 'municipalityUnknown' }
  | { code: 'fileRequired' | 'fileTooLarge' | 'fileType' }
  | { code: 'tooLong'; max: number }
  | { code: 'municipalityAmbiguous'; choices: string[] }

export type Problems = Partial<Record<FormField, Problem>>

/** A registration form that passed validation: trimmed, e-mail in lower case, empty optional fields absent. */
export type RegistrationForm = {
  name: string
  email: string
  phone?: string
  municipality?: string
  organisation?: string
  position?: Position
  needs?: string
  consentVersion: string
  proxy?: { representsMunicipality: string }
}

export type ParsedForm = { ok: true; form: RegistrationForm } | { ok: false; problems: Problems }

// Letters of any script with their accents, and the punctuation of names ("Ing. Jana Nováková-Dvořáková", "O’Neill").
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .,'’-]*$/u
// One-line answers are printable text without markup brackets; the longer answer about needs
// may also break lines and use tabs.
const CONTROL = /\p{Cc}/u
const CONTROL_EXCEPT_LINE_BREAKS = /[^\P{Cc}\t\n\r]/u
const MARKUP = /[<>]/
const EMAIL = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\.]+(\.[^\s@<>()[\],;:"\\.]+)+$/
const CHECKED = new Set(['on', 'yes', 'true', '1'])

const text = (value: unknown): string | undefined | null => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/**
 * Validates what a visitor sent from the registration form (or the JSON API): every field gets
 * at most one problem, so the form can show one clear message beside each field.
 * `consentVersion` is the version of the consent text the form showed; it must still be current.
 */
export function parseRegistrationForm(raw: Record<string, unknown>, currentConsentVersion: string, options: { proxyAllowed: boolean }): ParsedForm {
  const problems: Problems = {}
  const field = (name: keyof typeof LIMITS, rules: { required?: boolean; pattern?: 'name' | 'text' | 'email' | 'phone' }): string | undefined => {
    const value = text(raw[name])
    if (value === null) {
      problems[name] = { code: 'invalidText' }
      return undefined
    }
    if (value === undefined) {
      if (rules.required) problems[name] = { code: 'required' }
      return undefined
    }
    if ([...value].length > LIMITS[name]) {
      problems[name] = { code: 'tooLong', max: LIMITS[name] }
      return undefined
    }
    const pattern = rules.pattern ?? 'text'
    if (pattern === 'name' && !NAME.test(value)) problems[name] = { code: 'invalidName' }
    else if (pattern === 'email' && !EMAIL.test(value)) problems[name] = { code: 'invalidEmail' }
    else if (pattern === 'phone' && !isPhone(value)) problems[name] = { code: 'invalidPhone' }
    else if (CONTROL.test(value) || MARKUP.test(value)) problems[name] = { code: 'invalidText' }
    return problems[name] ? undefined : value
  }

  const name = field('name', { required: true, pattern: 'name' })
  const email = field('email', { required: true, pattern: 'email' })?.toLowerCase()
  const phone = field('phone', { pattern: 'phone' })
  const municipality = field('municipality', {})
  const organisation = field('organisation', {})
  if (!municipality && !organisation && !problems.municipality && !problems.organisation) {
    problems.municipality = { code: 'municipalityOrOrganisation' }
  }
  const needs = needsField(raw.needs, problems)

  const positionValue = text(raw.position)
  const position = POSITIONS.find((candidate) => candidate === positionValue)
  if (positionValue !== undefined && !position) problems.position = { code: 'invalidChoice' }

  const consent = raw.consent === true || (typeof raw.consent === 'string' && CHECKED.has(raw.consent.trim().toLowerCase()))
  if (!consent) problems.consent = { code: 'consentRequired' }
  else if (text(raw.consentVersion) !== currentConsentVersion) problems.consent = { code: 'consentOutdated' }

  const wantsProxy = options.proxyAllowed && (raw.proxy === true || (typeof raw.proxy === 'string' && CHECKED.has(raw.proxy.trim().toLowerCase())))
  const representsMunicipality = wantsProxy ? field('representsMunicipality', { required: true }) : undefined

  if (Object.keys(problems).length > 0 || !name || !email) return { ok: false, problems }
  return {
    ok: true,
    form: {
      name,
      email,
      ...(phone ? { phone } : {}),
      ...(municipality ? { municipality } : {}),
      ...(organisation ? { organisation } : {}),
      ...(position ? { position } : {}),
      ...(needs ? { needs } : {}),
      consentVersion: currentConsentVersion,
      ...(representsMunicipality ? { proxy: { representsMunicipality } } : {}),
    },
  }
}

// Needs are free text over several lines: markup brackets are harmless here (the site escapes
// everything it prints), but control characters are not.
function needsField(raw: unknown, problems: Problems): string | undefined {
  const value = text(raw)
  if (value === null) {
    problems.needs = { code: 'invalidText' }
    return undefined
  }
  if (value === undefined) return undefined
  if ([...value].length > LIMITS.needs) problems.needs = { code: 'tooLong', max: LIMITS.needs }
  else if (CONTROL_EXCEPT_LINE_BREAKS.test(value)) problems.needs = { code: 'invalidText' }
  return problems.needs ? undefined : value
}

export const MAX_AUTHORISATION_BYTES = 10 * 1024 * 1024
export const AUTHORISATION_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const

/** The uploaded authorisation of a proxy: present, small enough, and a PDF or an image. */
export function authorisationProblem(file: { size: number; type: string } | undefined): Problem | undefined {
  if (!file || file.size === 0) return { code: 'fileRequired' }
  if (file.size > MAX_AUTHORISATION_BYTES) return { code: 'fileTooLarge' }
  if (!(AUTHORISATION_TYPES as readonly string[]).includes(file.type)) return { code: 'fileType' }
  return undefined
}

/** "E-mail: enter a valid e-mail address…" — the message names the field it is about. */
export function problemMessage(locale: Locale, field: FormField, problem: Problem): string {
  const t = registrationMessagesFor(locale)
  const detail =
    problem.code === 'tooLong'
      ? t.problems.tooLong(problem.max)
      : problem.code === 'municipalityAmbiguous'
        ? t.problems.municipalityAmbiguous(problem.choices.join(', '))
        : t.problems[problem.code]
  return `${t.fields[field]}: ${detail}`
}
