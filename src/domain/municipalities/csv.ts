import { CsvError, parse } from 'csv-parse/sync'

import { CZECH_REGIONS, isCzechRegionCode, type CzechRegionCode } from './regions'

/** The header of the register export, in this order and spelling. */
export const MUNICIPALITY_CSV_COLUMNS = [
  'code',
  'name',
  'district_code',
  'district',
  'region_code',
  'region',
  'postal_codes',
  'parts_count',
] as const

export type MunicipalityCsvColumn = (typeof MUNICIPALITY_CSV_COLUMNS)[number]

/** One valid register row; `line` is where it starts in the file, for messages. */
export interface MunicipalityRow {
  line: number
  code: string
  name: string
  districtCode: string
  district: string
  regionCode: CzechRegionCode
  postalCodes: string
  partsCount: number
}

/**
 * Why a file or row cannot be imported. `line` is the physical line in the file (the header
 * is line 1); `field` is a column name, or `header` / `file` / `row` for problems that
 * belong to no single column.
 */
export interface CsvProblem {
  line: number
  field: string
  message: string
}

export interface ParsedMunicipalities {
  rows: MunicipalityRow[]
  errors: CsvProblem[]
}

// The limits of the municipalities collection, checked here so a bad row is reported with its
// line before anything is written instead of failing half-way through the database writes.
const MAX_NAME_LENGTH = 120
const MAX_DISTRICT_LENGTH = 80
const MAX_DISTRICT_CODE_LENGTH = 10
const MAX_POSTAL_CODES_LENGTH = 2000

/**
 * Text as spreadsheet programs save it, made plain: without the UTF-8 byte order mark Excel
 * puts first, and with Windows (CRLF) or old Mac (CR) line ends turned into LF, so that line
 * numbers and the header comparison do not depend on where the file was saved.
 */
export function normalizeCsvText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

const shown = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)

const csvErrorMessages: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed (the file ends inside quotes)',
  CSV_INVALID_CLOSING_QUOTE: 'text follows a closing quote; a quote inside a value must be written twice ("")',
  INVALID_OPENING_QUOTE: 'a quote in the middle of an unquoted value; quote the whole value and write the quote twice ("")',
}

/**
 * Reads the municipality register export: checks the header, every value of every row and
 * that no RÚIAN code appears twice. Accepts the raw bytes (undecodable bytes are reported as
 * a binary or non-UTF-8 file) or already decoded text. Never throws for bad input; the rows
 * are only safe to import when `errors` is empty.
 */
export function parseMunicipalityCsv(input: string | Uint8Array): ParsedMunicipalities {
  // The non-fatal decoder turns invalid bytes into U+FFFD, which the check below reports with its line.
  const text = normalizeCsvText(typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input))
  const physicalLines = text.split('\n')
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length

  if (text.trim() === '') return { rows: [], errors: [{ line: 1, field: 'file', message: 'the file is empty' }] }
  // eslint-disable-next-line no-control-regex -- a NUL character is exactly what gives a binary file away
  const binary = text.search(/[\u0000\uFFFD]/)
  if (binary !== -1) {
    return {
      rows: [],
      errors: [
        {
          line: lineOf(binary),
          field: 'file',
          message: 'the file is binary or not UTF-8 text (e.g. saved as Windows-1250); export it as CSV in UTF-8',
        },
      ],
    }
  }

  // Blank lines are skipped by the parser, so a record starts at the first non-blank line after the previous one ends.
  const startAfter = (lastLine: number): number => {
    let line = lastLine + 1
    while (line < physicalLines.length && physicalLines[line - 1]?.trim() === '') line += 1
    return line
  }

  const records: { values: string[]; line: number }[] = []
  const errors: CsvProblem[] = []
  let lastLine = 0
  try {
    parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (values: string[], { lines }) => {
        records.push({ values, line: startAfter(lastLine) })
        lastLine = lines
        return null
      },
    })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const column: unknown = error.column
    errors.push({
      line: error.code === 'CSV_QUOTE_NOT_CLOSED' ? startAfter(lastLine) : Number(error.lines),
      field: (typeof column === 'number' && MUNICIPALITY_CSV_COLUMNS[column]) || 'row',
      message: csvErrorMessages[error.code] ?? error.message,
    })
  }

  const [header, ...data] = records
  if (!header) return { rows: [], errors }
  const headerProblem = checkHeader(header.values)
  if (headerProblem) return { rows: [], errors: [{ line: header.line, field: 'header', message: headerProblem }, ...errors] }
  if (data.length === 0 && errors.length === 0) {
    errors.push({ line: header.line + 1, field: 'file', message: 'the file has a header but no municipality rows' })
  }

  const rows: MunicipalityRow[] = []
  const firstLineOfCode = new Map<string, number>()
  for (const record of data) {
    const row = checkRow(record.values, record.line, firstLineOfCode, errors)
    if (row) rows.push(row)
  }
  errors.sort((a, b) => a.line - b.line)
  return { rows, errors }
}

function checkHeader(values: string[]): string | null {
  const expected = MUNICIPALITY_CSV_COLUMNS.join(',')
  if (values.join(',') === expected) return null
  const position = MUNICIPALITY_CSV_COLUMNS.findIndex((column, index) => values[index] !== column)
  const found = values[position]
  const detail =
    position === -1
      ? `there are ${values.length} columns instead of ${MUNICIPALITY_CSV_COLUMNS.length}`
      : found === undefined
        ? `column ${position + 1} "${MUNICIPALITY_CSV_COLUMNS[position]}" is missing`
        : `column ${position + 1} is ${shown(found)} instead of "${MUNICIPALITY_CSV_COLUMNS[position]}"`
  return `expected the header ${expected}, but ${detail}`
}

function checkRow(
  values: string[],
  line: number,
  firstLineOfCode: Map<string, number>,
  errors: CsvProblem[],
): MunicipalityRow | null {
  const expectedCount = MUNICIPALITY_CSV_COLUMNS.length
  if (values.length !== expectedCount) {
    const missing = MUNICIPALITY_CSV_COLUMNS[values.length]
    errors.push(
      missing
        ? { line, field: missing, message: `missing: the row has ${values.length} values instead of ${expectedCount}` }
        : {
            line,
            field: 'row',
            message: `the row has ${values.length} values instead of ${expectedCount}; a comma inside a value must be quoted`,
          },
    )
    return null
  }
  const [code = '', name = '', districtCode = '', district = '', regionCode = '', , postalCodes = '', partsCount = ''] = values
  const problems: CsvProblem[] = []
  const problem = (field: MunicipalityCsvColumn, message: string) => problems.push({ line, field, message })

  if (!/^\d{6}$/.test(code)) problem('code', `must be the 6-digit RÚIAN municipality code, found ${shown(code)}`)
  else {
    const earlier = firstLineOfCode.get(code)
    if (earlier === undefined) firstLineOfCode.set(code, line)
    else problem('code', `duplicate code ${code}, already on line ${earlier}`)
  }
  if (name === '') problem('name', 'must not be empty')
  else if (name.length > MAX_NAME_LENGTH) problem('name', `is ${name.length} characters long, at most ${MAX_NAME_LENGTH} allowed`)
  if (!new RegExp(`^\\d{1,${MAX_DISTRICT_CODE_LENGTH}}$`).test(districtCode)) {
    problem('district_code', `must be digits only (at most ${MAX_DISTRICT_CODE_LENGTH}), found ${shown(districtCode)}`)
  }
  if (district === '') problem('district', 'must not be empty')
  else if (district.length > MAX_DISTRICT_LENGTH) {
    problem('district', `is ${district.length} characters long, at most ${MAX_DISTRICT_LENGTH} allowed`)
  }
  const knownRegion = isCzechRegionCode(regionCode)
  if (!knownRegion) {
    problem(
      'region_code',
      `${shown(regionCode)} is not a RÚIAN region code; expected one of ${CZECH_REGIONS.map((region) => region.code).join(', ')}`,
    )
  }
  if (!/^\d{5}( \d{5})*$/.test(postalCodes)) {
    problem('postal_codes', `must be 5-digit postal codes separated by single spaces, found ${shown(postalCodes)}`)
  } else if (postalCodes.length > MAX_POSTAL_CODES_LENGTH) {
    problem('postal_codes', `is ${postalCodes.length} characters long, at most ${MAX_POSTAL_CODES_LENGTH} allowed`)
  }
  const parts = /^\d{1,9}$/.test(partsCount) ? Number(partsCount) : 0
  if (parts < 1) problem('parts_count', `must be a whole number of at least 1, found ${shown(partsCount)}`)

  errors.push(...problems)
  if (problems.length > 0 || !knownRegion) return null
  return { line, code, name, districtCode, district, regionCode, postalCodes, partsCount: parts }
}
