import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { describeApplicationProblem } from '@/i18n/partnershipMessages'

import { checkApplication, type ApplicationInput } from './application'

const complete: ApplicationInput = {
  applicantKind: 'municipality',
  applicantName: 'Město Kolín',
  municipality: 17,
  homeRegion: 3,
  contact: { name: 'Jana Nováková', position: 'tajemnice', email: 'novakova@kolin.cz', phone: '+420 321 748 111' },
  desiredRegions: [41, 42],
  cooperationAreas: ['culture', 'schools-youth'],
  lookingFor: 'Partnerské město pro výměny žáků základních škol.',
  languages: ['pl', 'en'],
  population: 33_000,
  correspondenceLanguage: 'cs',
  consent: { givenAt: '2026-03-01T09:00:00.000Z' },
}
const submission = { draft: false, partnerRegionIds: ['41', '42', '43'] }

describe('checking an application', () => {
  it('accepts a complete application', () => {
    expect(checkApplication(complete, submission)).toEqual([])
  })

  it('names every missing required field of a submission at once', () => {
    const problems = checkApplication({ applicantKind: 'municipality', contact: {} }, { draft: false })
    expect(problems.map((problem) => problem.field)).toEqual([
      'applicantName',
      'municipality',
      'homeRegion',
      'contact.name',
      'contact.email',
      'desiredRegions',
      'cooperationAreas',
      'lookingFor',
      'consent',
    ])
    expect(problems.every((problem) => problem.kind === 'required')).toBe(true)
  })

  it('lets a member save an incomplete draft, but not a malformed one', () => {
    expect(checkApplication({ applicantKind: 'school', applicantName: 'ZŠ Kolín' }, { draft: true })).toEqual([])
    expect(checkApplication({ contact: { email: 'novakova@' }, population: -3 }, { draft: true })).toEqual([
      { field: 'contact.email', kind: 'invalid-email' },
      { field: 'population', kind: 'out-of-range', min: 0, max: 10_000_000 },
    ])
  })

  it('does not ask a school for a municipality', () => {
    expect(checkApplication({ ...complete, applicantKind: 'school', municipality: null }, submission)).toEqual([])
  })

  it('accepts only partner regions of the home region, whatever type the ids are', () => {
    expect(checkApplication({ ...complete, desiredRegions: [{ id: 41 }, '43'] }, submission)).toEqual([])
    expect(checkApplication({ ...complete, desiredRegions: [41, 99] }, submission)).toEqual([{ field: 'desiredRegions', kind: 'not-a-partner-region' }])
    // An object that cannot become text (JSON `{"toString": 1}`) is refused, not a TypeError.
    expect(checkApplication({ ...complete, desiredRegions: { toString: 1 } }, submission)).toEqual([{ field: 'desiredRegions', kind: 'not-a-partner-region' }])
    expect(checkApplication({ ...complete, desiredRegions: [{ id: { toString: 1 } }] }, submission)).toEqual([{ field: 'desiredRegions', kind: 'not-a-partner-region' }])
  })

  it('refuses unknown areas, languages and kinds, and too long texts', () => {
    const problems = checkApplication(
      { ...complete, applicantKind: 'company', cooperationAreas: ['culture', 'mining'], languages: ['tlh'], offer: 'x'.repeat(4001) },
      submission,
    )
    expect(problems).toEqual([
      { field: 'applicantKind', kind: 'unknown-choice' },
      { field: 'cooperationAreas', kind: 'unknown-choice' },
      { field: 'offer', kind: 'too-long', max: 4000 },
      { field: 'languages', kind: 'unknown-choice' },
    ])
  })

  it('reads a population typed with spaces', () => {
    expect(checkApplication({ ...complete, population: '33 000' }, submission)).toEqual([])
    expect(checkApplication({ ...complete, population: '33,5' }, submission)).toEqual([
      { field: 'population', kind: 'out-of-range', min: 0, max: 10_000_000 },
    ])
  })

  it('explains each problem in Czech, Polish and English, naming the field', () => {
    const problem = { field: 'contact.email', kind: 'invalid-email' } as const
    expect(describeApplicationProblem(problem, 'cs')).toMatch(/^E-mail kontaktní osoby: zadejte platnou e-mailovou adresu/)
    expect(describeApplicationProblem(problem, 'pl')).toMatch(/^E-mail osoby kontaktowej: proszę podać poprawny adres e-mail/)
    expect(describeApplicationProblem(problem, 'en')).toMatch(/^Contact person's e-mail: enter a valid e-mail address/)
    expect(describeApplicationProblem({ field: 'offer', kind: 'too-long', max: 4000 }, 'cs')).toBe('Co nabízíme: nejvýše 4\u00a0000 znaků')
  })

  it('never throws on arbitrary input and reports only known fields', () => {
    fc.assert(
      fc.property(fc.object(), fc.boolean(), (input, draft) => {
        const problems = checkApplication(input as ApplicationInput, { draft })
        for (const problem of problems) expect(describeApplicationProblem(problem, 'pl')).toMatch(/^[^:]+: \S/)
      }),
    )
  })
})
