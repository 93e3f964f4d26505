import { describe, expect, it } from 'vitest'

import { membershipCsv, parseMembershipCsv, readDate, sameMunicipalityName } from './csv'

const csv = (...lines: string[]) => `${lines.join('\n')}\n`

describe('parseMembershipCsv', () => {
  it('reads code and status, with optional dates in ISO or Czech form and Czech status words', () => {
    const { rows, errors } = parseMembershipCsv(
      csv('code,name,status,since,until', '554791,Plzeň,active,2001-03-01,', '554782,,ukončené,1. 1. 1999,31.12.2020', '532053,Kladno,Pozastavené,,'),
      'cs',
    )
    expect(errors).toEqual([])
    expect(rows).toEqual([
      { line: 2, code: '554791', name: 'Plzeň', status: 'active', since: '2001-03-01', until: null },
      { line: 3, code: '554782', name: null, status: 'left', since: '1999-01-01', until: '2020-12-31' },
      { line: 4, code: '532053', name: 'Kladno', status: 'suspended', since: null, until: null },
    ])
  })

  it('accepts columns in any order and ignores the informative ones', () => {
    const { rows, errors } = parseMembershipCsv(csv('status,chamber,region,code', 'left,obce,Plzeňský kraj,554791'), 'en')
    expect(errors).toEqual([])
    expect(rows).toEqual([{ line: 2, code: '554791', name: null, status: 'left', since: null, until: null }])
  })

  it('reports every bad value by line and column, in the admin language, and keeps no row of a broken line', () => {
    const { rows, errors } = parseMembershipCsv(
      csv('code,status,since,until', '55479,active,,', '554791,member,2024-02-30,', '554782,active,2020-01-01,2019-01-01', '554791,left,,'),
      'cs',
    )
    expect(rows).toEqual([])
    expect(errors).toEqual([
      { line: 2, field: 'code', message: 'kód obce musí mít šest číslic (RÚIAN), nalezeno "55479"' },
      { line: 3, field: 'status', message: expect.stringContaining('stav "member" neznáme') },
      { line: 3, field: 'since', message: '"2024-02-30" není datum; použijte RRRR-MM-DD nebo D. M. RRRR' },
      { line: 4, field: 'until', message: 'konec členství je dříve než jeho začátek' },
      { line: 4, field: 'until', message: 'datum konce patří jen k ukončenému členství (stav left)' },
      { line: 5, field: 'code', message: 'obec 554791 je v souboru podruhé, poprvé na řádku 3' },
    ])
  })

  it('names the header problem: unknown, repeated or missing columns', () => {
    expect(parseMembershipCsv(csv('code,stav', '554791,active'), 'en').errors).toEqual([
      { line: 1, field: 'header', message: expect.stringContaining('unknown column "stav"') },
      { line: 1, field: 'header', message: 'the required column "status" is missing' },
    ])
    expect(parseMembershipCsv(csv('code,status,code', '1,2,3'), 'en').errors[0]?.message).toBe('the column "code" appears twice in the header')
  })

  it('counts lines past blank lines and quoted values spanning lines', () => {
    const { errors } = parseMembershipCsv(csv('code,name,status', '554791,"Plzeň', 'město",active', '', '12,x,active'), 'en')
    expect(errors).toEqual([{ line: 5, field: 'code', message: expect.stringContaining('"12"') }])
  })

  it('refuses empty, header-only, binary and badly quoted files', () => {
    expect(parseMembershipCsv('', 'en').errors).toEqual([{ line: 1, field: 'file', message: 'the file is empty' }])
    expect(parseMembershipCsv(csv('code,status'), 'en').errors).toEqual([{ line: 2, field: 'file', message: 'the file has a header but no membership rows' }])
    expect(parseMembershipCsv(new Uint8Array([0x63, 0x6f, 0xff, 0x0a]), 'en').errors[0]).toMatchObject({ line: 1, field: 'file' })
    expect(parseMembershipCsv(csv('code,status', '554791,"active'), 'en').errors).toEqual([{ line: 2, field: 'row', message: 'a quoted value is never closed' }])
    expect(parseMembershipCsv(csv('code,status', '554791,active,x'), 'en').errors[0]).toMatchObject({ line: 2, field: 'row' })
  })
})

describe('readDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['29. 2. 2024', '2024-02-29'],
    ['1.3.2024', '2024-03-01'],
    ['2023-02-29', null],
    ['31. 4. 2024', null],
    ['2024/01/01', null],
  ])('reads %s as %s', (value, expected) => {
    expect(readDate(value)).toBe(expected)
  })
})

describe('membershipCsv', () => {
  it('writes a file the import reads back unchanged, with a BOM for Excel', () => {
    const file = membershipCsv([
      { code: '554791', name: 'Plzeň', district: 'Plzeň-město', region: 'Plzeňský kraj', chamber: 'Statutární města', status: 'active', since: '2001-03-01', until: null },
      { code: '599999', name: 'Lhota, u Kolína', district: 'Kolín', region: 'Středočeský kraj', chamber: 'Obce', status: 'left', since: null, until: '2020-12-31' },
    ])
    expect(file.startsWith('\uFEFFcode,name,district,region,chamber,status,since,until\n')).toBe(true)
    const { rows, errors } = parseMembershipCsv(file, 'en')
    expect(errors).toEqual([])
    expect(rows.map(({ code, name, status, since, until }) => ({ code, name, status, since, until }))).toEqual([
      { code: '554791', name: 'Plzeň', status: 'active', since: '2001-03-01', until: null },
      { code: '599999', name: 'Lhota, u Kolína', status: 'left', since: null, until: '2020-12-31' },
    ])
  })
})

describe('sameMunicipalityName', () => {
  it('ignores case, accents and spacing but not other letters', () => {
    expect(sameMunicipalityName('plzen ', 'Plzeň')).toBe(true)
    expect(sameMunicipalityName('Plzeň-Bory', 'Plzeň')).toBe(false)
  })
})
