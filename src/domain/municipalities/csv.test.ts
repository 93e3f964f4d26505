import { describe, expect, it } from 'vitest'

import { MUNICIPALITY_CSV_COLUMNS, normalizeCsvText, parseMunicipalityCsv } from './csv'

const header = MUNICIPALITY_CSV_COLUMNS.join(',')
const praha = '554782,Praha,3100,Hlavní město Praha,19,Hlavní město Praha,11000 12000,112'
const adamov = '581291,Adamov,3701,Blansko,116,Jihomoravský,67904,1'
const plzen = '554791,Plzeň,3405,Plzeň-město,43,Plzeňský,30100 31200,10'
const csv = (...lines: string[]) => `${lines.join('\n')}\n`

describe('parseMunicipalityCsv', () => {
  it('reads valid rows into typed values with their line numbers', () => {
    const { rows, errors } = parseMunicipalityCsv(csv(header, praha, adamov))
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        line: 2,
        code: '554782',
        name: 'Praha',
        districtCode: '3100',
        district: 'Hlavní město Praha',
        regionCode: '19',
        postalCodes: '11000 12000',
        partsCount: 112,
      },
      expect.objectContaining({ line: 3, code: '581291', name: 'Adamov', regionCode: '116', partsCount: 1 }),
    ])
  })

  it('reads a file saved by Excel on Windows (BOM and CRLF) like a plain one', () => {
    const windows = `\uFEFF${[header, praha, adamov].join('\r\n')}\r\n`
    expect(parseMunicipalityCsv(windows)).toEqual(parseMunicipalityCsv(csv(header, praha, adamov)))
    const bytes = new TextEncoder().encode(windows)
    expect(parseMunicipalityCsv(bytes).rows.map((row) => row.name)).toEqual(['Praha', 'Adamov'])
  })

  it('accepts quoted values with commas and keeps counting physical lines past blank lines', () => {
    const quoted = '599999,"Lhota, u Kolína",3204,Kolín,27,Středočeský,28002,2'
    const { rows, errors } = parseMunicipalityCsv(csv(header, praha, '', quoted))
    expect(errors).toEqual([])
    expect(rows[1]).toMatchObject({ line: 4, name: 'Lhota, u Kolína' })
  })

  it('reports a broken row on line 4 as line 4, naming the field, and keeps the other rows', () => {
    const broken = '581313,Bedřichov,3701,Blansko,116,Jihomoravský,6797,1'
    const { rows, errors } = parseMunicipalityCsv(csv(header, praha, adamov, broken, plzen))
    expect(errors).toEqual([{ line: 4, field: 'postal_codes', message: expect.stringContaining('"6797"') }])
    expect(rows.map((row) => row.line)).toEqual([2, 3, 5])
  })

  it('reports every bad value of a row separately', () => {
    const { errors } = parseMunicipalityCsv(csv(header, '12345,,37x1,,20,Jihomoravský,67904 ,0'))
    expect(errors.map((error) => [error.line, error.field])).toEqual([
      [2, 'code'],
      [2, 'name'],
      [2, 'district_code'],
      [2, 'district'],
      [2, 'region_code'],
      [2, 'parts_count'],
    ])
    expect(errors.find((error) => error.field === 'region_code')?.message).toContain('19, 27, 35')
  })

  it.each([
    ['a postal code with letters', '581291,Adamov,3701,Blansko,116,Jihomoravský,67904 6790A,1', 'postal_codes'],
    ['postal codes separated by commas', '581291,Adamov,3701,Blansko,116,Jihomoravský,"67904,67905",1', 'postal_codes'],
    ['a fractional parts count', '581291,Adamov,3701,Blansko,116,Jihomoravský,67904,1.5', 'parts_count'],
    ['a name over 120 characters', `581291,${'A'.repeat(121)},3701,Blansko,116,Jihomoravský,67904,1`, 'name'],
    ['a missing last column', '581291,Adamov,3701,Blansko,116,Jihomoravský,67904', 'parts_count'],
    ['an extra column', '581291,Adamov,3701,Blansko,116,Jihomoravský,67904,1,x', 'row'],
  ])('rejects %s', (_, row, field) => {
    const { rows, errors } = parseMunicipalityCsv(csv(header, row))
    expect(rows).toEqual([])
    expect(errors).toEqual([{ line: 2, field, message: expect.any(String) }])
  })

  it('rejects a duplicate code, pointing at the first occurrence', () => {
    const again = '554782,Praha 2,3100,Hlavní město Praha,19,Hlavní město Praha,12000,1'
    const { errors } = parseMunicipalityCsv(csv(header, praha, adamov, again))
    expect(errors).toEqual([{ line: 4, field: 'code', message: 'duplicate code 554782, already on line 2' }])
  })

  it('rejects a wrong header and says which column differs', () => {
    const czechHeader = header.replace('district_code', 'okres')
    const { rows, errors } = parseMunicipalityCsv(csv(czechHeader, praha))
    expect(rows).toEqual([])
    expect(errors).toEqual([{ line: 1, field: 'header', message: expect.stringContaining('column 3 is "okres" instead of "district_code"') }])
    expect(parseMunicipalityCsv(csv('code;name;district', praha)).errors[0]).toMatchObject({ line: 1, field: 'header' })
    expect(parseMunicipalityCsv(csv(`${header},population`, praha)).errors[0]?.message).toContain('9 columns instead of 8')
  })

  it('rejects an empty file and a file with only the header', () => {
    expect(parseMunicipalityCsv('').errors).toEqual([{ line: 1, field: 'file', message: 'the file is empty' }])
    expect(parseMunicipalityCsv('\uFEFF\r\n  \n').errors[0]?.message).toBe('the file is empty')
    expect(parseMunicipalityCsv(csv(header)).errors).toEqual([
      { line: 2, field: 'file', message: 'the file has a header but no municipality rows' },
    ])
  })

  it('rejects binary data and text in another encoding, naming the line', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
    expect(parseMunicipalityCsv(png).errors).toEqual([{ line: 1, field: 'file', message: expect.stringContaining('binary') }])
    // "Plzeň" in Windows-1250: ň is the single byte 0xF2, which is not valid UTF-8.
    const windows1250 = new Uint8Array([...new TextEncoder().encode(`${header}\n${praha}\n554791,Plze`), 0xf2, ...new TextEncoder().encode(',3405\n')])
    expect(parseMunicipalityCsv(windows1250).errors).toEqual([{ line: 3, field: 'file', message: expect.stringContaining('UTF-8') }])
  })

  it('reports an unclosed quote at the line where the value starts', () => {
    const { errors } = parseMunicipalityCsv(csv(header, praha, '581291,"Adamov,3701,Blansko,116,Jihomoravský,67904,1', adamov))
    expect(errors).toEqual([{ line: 3, field: 'name', message: expect.stringContaining('never closed') }])
  })

  it('reports a stray quote with its line and column', () => {
    const { errors } = parseMunicipalityCsv(csv(header, praha, '581291,Ada"mov",3701,Blansko,116,Jihomoravský,67904,1'))
    expect(errors).toEqual([{ line: 3, field: 'name', message: expect.stringContaining('quote') }])
  })
})

describe('normalizeCsvText', () => {
  it('drops the byte order mark and turns CRLF and CR line ends into LF', () => {
    expect(normalizeCsvText('\uFEFFa,b\r\n1,2\r3,4\n')).toBe('a,b\n1,2\n3,4\n')
  })
})
