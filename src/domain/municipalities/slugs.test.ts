import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH } from '../slug/slugify'
import { municipalitySlugs } from './slugs'

const register = [
  { code: '582786', name: 'Brno', district: 'Brno-město' },
  { code: '533459', name: 'Lhota', district: 'Kolín' },
  { code: '529729', name: 'Lhota', district: 'Benešov' },
  { code: '581429', name: 'Březina', district: 'Brno-venkov' },
  { code: '582891', name: 'Březina', district: 'Brno-venkov' },
  { code: '569291', name: 'Pohled', district: 'Havlíčkův Brod' },
  { code: '573591', name: 'Pohleď', district: 'Havlíčkův Brod' },
]

describe('municipalitySlugs', () => {
  it('uses the name alone where it is unique and adds the district where names repeat', () => {
    const slugs = municipalitySlugs(register)
    expect(slugs.get('582786')).toBe('brno')
    expect(slugs.get('533459')).toBe('lhota-kolin')
    expect(slugs.get('529729')).toBe('lhota-benesov')
  })

  it('adds the code when the name repeats within one district, also after removing accents', () => {
    const slugs = municipalitySlugs(register)
    expect(slugs.get('581429')).toBe('brezina-brno-venkov-581429')
    expect(slugs.get('582891')).toBe('brezina-brno-venkov-582891')
    expect(slugs.get('569291')).toBe('pohled-havlickuv-brod-569291')
    expect(slugs.get('573591')).toBe('pohled-havlickuv-brod-573591')
  })

  it('gives every municipality a different slug', () => {
    const slugs = municipalitySlugs(register)
    expect(slugs.size).toBe(register.length)
    expect(new Set(slugs.values()).size).toBe(register.length)
  })

  it('gives the same slugs whatever the row order, so re-imports keep URLs', () => {
    expect([...municipalitySlugs([...register].reverse())].sort()).toEqual([...municipalitySlugs(register)].sort())
  })

  it('never hands out a slug held by a record outside the register', () => {
    const slugs = municipalitySlugs(register, new Set(['brno', 'lhota-kolin']))
    expect(slugs.get('582786')).toBe('brno-brno-mesto')
    expect(slugs.get('533459')).toBe('lhota-kolin-533459')
    expect(slugs.get('529729')).toBe('lhota-benesov')
  })

  it('does not let a name that equals another name plus district take that slug twice', () => {
    const slugs = municipalitySlugs([
      { code: '100001', name: 'Lhota Kolín', district: 'Nymburk' },
      { code: '533459', name: 'Lhota', district: 'Kolín' },
      { code: '529729', name: 'Lhota', district: 'Benešov' },
    ])
    expect(slugs.get('100001')).toBe('lhota-kolin')
    expect(slugs.get('533459')).toBe('lhota-kolin-533459')
  })

  it('keeps long slugs within the limit without cutting off what makes them unique', () => {
    const long = 'Velmi dlouhý název obce '.repeat(6)
    const slugs = municipalitySlugs([
      { code: '100001', name: long, district: 'Kolín' },
      { code: '100002', name: long, district: 'Kolín' },
    ])
    for (const slug of slugs.values()) {
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
      expect(slug).toMatch(/-kolin-10000[12]$/)
    }
  })
})
