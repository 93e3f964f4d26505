import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { authorisationProblem, LIMITS, parseRegistrationForm, problemMessage } from './input'

const VERSION = '2025-01'
const valid = {
  name: 'Ing. Jana Nováková',
  email: ' Jana.Novakova@Plzen.EU ',
  phone: '+420 377 123 456',
  municipality: 'Plzeň (Plzeň-město)',
  position: 'secretary',
  needs: 'Bezlepková strava\nbezbariérový vstup',
  consent: 'on',
  consentVersion: VERSION,
}
const parse = (raw: Record<string, unknown>, proxyAllowed = false) => parseRegistrationForm(raw, VERSION, { proxyAllowed })

describe('parseRegistrationForm', () => {
  it('accepts a complete form, trims it and lower-cases the e-mail', () => {
    expect(parse(valid)).toEqual({
      ok: true,
      form: {
        name: 'Ing. Jana Nováková',
        email: 'jana.novakova@plzen.eu',
        phone: '+420 377 123 456',
        municipality: 'Plzeň (Plzeň-město)',
        position: 'secretary',
        needs: 'Bezlepková strava\nbezbariérový vstup',
        consentVersion: VERSION,
      },
    })
  })

  it('names each missing or broken field once', () => {
    const result = parse({ name: '<script>alert(1)</script>', email: 'jana@', phone: 'call me', position: 'king', consent: 'on', consentVersion: '2024-01' })
    expect(result).toEqual({
      ok: false,
      problems: {
        name: { code: 'invalidName' },
        email: { code: 'invalidEmail' },
        phone: { code: 'invalidPhone' },
        municipality: { code: 'municipalityOrOrganisation' },
        position: { code: 'invalidChoice' },
        consent: { code: 'consentOutdated' },
      },
    })
  })

  it('requires consent and a proxy municipality only when a proxy is declared at an assembly', () => {
    expect(parse({ ...valid, consent: undefined })).toMatchObject({ ok: false, problems: { consent: { code: 'consentRequired' } } })
    expect(parse({ ...valid, proxy: 'on' }, true)).toMatchObject({ ok: false, problems: { representsMunicipality: { code: 'required' } } })
    expect(parse({ ...valid, proxy: 'on', representsMunicipality: 'Dobřany (Plzeň-jih)' }, true)).toMatchObject({
      ok: true,
      form: { proxy: { representsMunicipality: 'Dobřany (Plzeň-jih)' } },
    })
    expect(parse({ ...valid, proxy: 'on', representsMunicipality: 'Dobřany' }, false)).toMatchObject({ ok: true, form: { name: valid.name } })
  })

  it('localizes messages that name the field', () => {
    expect(problemMessage('cs', 'email', { code: 'invalidEmail' })).toMatch(/^E-mail: zadejte platnou/)
    expect(problemMessage('pl', 'name', { code: 'tooLong', max: 120 })).toBe('Imię i nazwisko: może mieć najwyżej 120 znaków.')
    expect(problemMessage('en', 'municipality', { code: 'municipalityAmbiguous', choices: ['Březina (Blansko)', 'Březina (Brno-venkov)'] })).toBe(
      'Municipality: several municipalities have this name; add the district: Březina (Blansko), Březina (Brno-venkov).',
    )
  })
})

describe('parseRegistrationForm on generated input', () => {
  it('never throws and accepts nothing but strings of the allowed shape, whatever arrives', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('name', 'email', 'phone', 'municipality', 'organisation', 'position', 'needs', 'consent', 'consentVersion', 'proxy'), fc.anything()), (raw) => {
        const result = parse(raw, true)
        if (!result.ok) return
        for (const [key, value] of Object.entries(result.form)) {
          if (typeof value !== 'string' || key === 'needs') continue
          expect(value).not.toMatch(/[<>\p{Cc}]/u)
          expect(value).toBe(value.trim())
        }
      }),
      { numRuns: 500 },
    )
  })

  it('refuses any name with markup or digits, naming the name field', () => {
    const markup = fc.tuple(fc.string(), fc.constantFrom('<', '>', '<script>', '0', '"', ';', '{'), fc.string()).map(([before, bad, after]) => `${before}${bad}${after}`)
    fc.assert(
      fc.property(markup, (name) => {
        const result = parse({ ...valid, name })
        expect(result.ok).toBe(false)
        if (!result.ok) expect(Object.keys(result.problems)).toEqual(['name'])
      }),
    )
  })

  it('refuses every field longer than its limit with the limit in the problem', () => {
    const field = fc.constantFrom('name', 'municipality', 'organisation', 'needs') as fc.Arbitrary<'name' | 'municipality' | 'organisation' | 'needs'>
    fc.assert(
      fc.property(field, fc.integer({ min: 1, max: 50 }), (name, extra) => {
        const result = parse({ ...valid, [name]: 'a'.repeat(LIMITS[name] + extra) })
        expect(result).toMatchObject({ ok: false, problems: { [name]: { code: 'tooLong', max: LIMITS[name] } } })
      }),
    )
  })

  it('accepts generated plain e-mail addresses and refuses them with spaces or without a domain', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/)
    const address = fc.tuple(fc.stringMatching(/^[a-z0-9._%+-]{1,20}$/), label, fc.constantFrom('cz', 'pl', 'eu', 'com')).map(([local, domain, tld]) => `${local}@${domain}.${tld}`)
    fc.assert(
      fc.property(address, (email) => {
        expect(parse({ ...valid, email })).toMatchObject({ ok: true, form: { email } })
        expect(parse({ ...valid, email: email.replace('@', ' @') })).toMatchObject({ ok: false, problems: { email: { code: 'invalidEmail' } } })
        expect(parse({ ...valid, email: email.split('@')[0] })).toMatchObject({ ok: false, problems: { email: { code: 'invalidEmail' } } })
      }),
    )
  })
})

describe('authorisationProblem', () => {
  it('wants a PDF or image of at most 10 MB', () => {
    expect(authorisationProblem(undefined)).toEqual({ code: 'fileRequired' })
    expect(authorisationProblem({ size: 11 * 1024 * 1024, type: 'application/pdf' })).toEqual({ code: 'fileTooLarge' })
    expect(authorisationProblem({ size: 2048, type: 'text/html' })).toEqual({ code: 'fileType' })
    expect(authorisationProblem({ size: 2048, type: 'application/pdf' })).toBeUndefined()
  })
})
