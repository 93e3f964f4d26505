import { CsvError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

import { normalizeCsvText } from '../municipalities/csv'
import { searchKey } from '../search/searchKey'
import { isMembershipStatus, type MembershipStatus } from './status'

/**
 * The membership list of one association as a CSV file: what the export writes and the import
 * reads back. `code` and `status` are required; `name` is checked against the register when
 * given, so a mistyped code is caught; `district`, `region` and `chamber` are written for the
 * reader and ignored on import.
 */
export const MEMBERSHIP_CSV_COLUMNS = ['code', 'name', 'district', 'region', 'chamber', 'status', 'since', 'until'] as const
export type MembershipCsvColumn = (typeof MEMBERSHIP_CSV_COLUMNS)[number]
const REQUIRED_COLUMNS: readonly MembershipCsvColumn[] = ['code', 'status']

export type AdminLanguage = 'cs' | 'en'

/** A problem with a line of the file; `field` is a column name, or `header` / `file` / `row`. */
export interface MembershipCsvProblem {
  line: number
  field: string
  message: string
}

export interface MembershipRow {
  line: number
  code: string
  /** As written in the file, for the check against the register; null when the column is absent or empty. */
  name: string | null
  status: MembershipStatus
  /** ISO dates (YYYY-MM-DD). */
  since: string | null
  until: string | null
}

export interface ParsedMemberships {
  rows: MembershipRow[]
  errors: MembershipCsvProblem[]
}

type MessageKey =
  | 'empty'
  | 'noRows'
  | 'binary'
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'missingColumn'
  | 'columnCount'
  | 'badCode'
  | 'duplicateCode'
  | 'badStatus'
  | 'badDate'
  | 'untilBeforeSince'
  | 'untilWhileActive'
  | 'unclosedQuote'
  | 'badQuote'
  | 'unknownCode'
  | 'nameMismatch'

type Params = Record<string, string | number>
const messages: Record<AdminLanguage, Record<MessageKey, (p: Params) => string>> = {
  cs: {
    empty: () => 'soubor je prázdný',
    noRows: () => 'soubor má záhlaví, ale žádné řádky s členstvím',
    binary: () => 'soubor není text v UTF-8 (např. je uložen ve Windows-1250); uložte jej jako CSV v UTF-8',
    unknownColumn: (p) => `neznámý sloupec "${p.column}"; povolené jsou ${MEMBERSHIP_CSV_COLUMNS.join(', ')}`,
    duplicateColumn: (p) => `sloupec "${p.column}" je v záhlaví dvakrát`,
    missingColumn: (p) => `chybí povinný sloupec "${p.column}"`,
    columnCount: (p) => `řádek má ${p.found} hodnot místo ${p.expected}; čárka uvnitř hodnoty musí být v uvozovkách`,
    badCode: (p) => `kód obce musí mít šest číslic (RÚIAN), nalezeno "${p.value}"`,
    duplicateCode: (p) => `obec ${p.code} je v souboru podruhé, poprvé na řádku ${p.first}`,
    badStatus: (p) => `stav "${p.value}" neznáme; použijte active, suspended nebo left (aktivní, pozastavené, ukončené)`,
    badDate: (p) => `"${p.value}" není datum; použijte RRRR-MM-DD nebo D. M. RRRR`,
    untilBeforeSince: () => 'konec členství je dříve než jeho začátek',
    untilWhileActive: () => 'datum konce patří jen k ukončenému členství (stav left)',
    unclosedQuote: () => 'uvozovky otevřené v hodnotě nejsou nikde uzavřeny',
    badQuote: () => 'uvozovky uprostřed hodnoty; celou hodnotu dejte do uvozovek a uvozovku v ní zdvojte ("")',
    unknownCode: (p) => `obec s kódem ${p.code} v rejstříku není`,
    nameMismatch: (p) => `kód ${p.code} patří obci ${p.registered}, ne "${p.value}"`,
  },
  en: {
    empty: () => 'the file is empty',
    noRows: () => 'the file has a header but no membership rows',
    binary: () => 'the file is not UTF-8 text (e.g. saved as Windows-1250); save it as CSV in UTF-8',
    unknownColumn: (p) => `unknown column "${p.column}"; allowed are ${MEMBERSHIP_CSV_COLUMNS.join(', ')}`,
    duplicateColumn: (p) => `the column "${p.column}" appears twice in the header`,
    missingColumn: (p) => `the required column "${p.column}" is missing`,
    columnCount: (p) => `the row has ${p.found} values instead of ${p.expected}; a comma inside a value must be quoted`,
    badCode: (p) => `a municipality code has six digits (RÚIAN), found "${p.value}"`,
    duplicateCode: (p) => `municipality ${p.code} appears again, first on line ${p.first}`,
    badStatus: (p) => `unknown status "${p.value}"; use active, suspended or left`,
    badDate: (p) => `"${p.value}" is not a date; use YYYY-MM-DD or D. M. YYYY`,
    untilBeforeSince: () => 'the membership ends before it begins',
    untilWhileActive: () => 'an end date belongs only to a membership that has ended (status left)',
    unclosedQuote: () => 'a quoted value is never closed',
    badQuote: () => 'a quote in the middle of a value; quote the whole value and write the quote twice ("")',
    unknownCode: (p) => `no municipality with code ${p.code} is in the register`,
    nameMismatch: (p) => `code ${p.code} belongs to ${p.registered}, not "${p.value}"`,
  },
}

export const membershipCsvMessage = (language: AdminLanguage, key: MessageKey, params: Params = {}): string =>
  messages[language][key](params)

const STATUS_WORDS: Record<string, MembershipStatus> = {
  aktivni: 'active',
  pozastavene: 'suspended',
  ukoncene: 'left',
}

function readStatus(value: string): MembershipStatus | null {
  const key = searchKey(value)
  if (isMembershipStatus(key)) return key
  return STATUS_WORDS[key] ?? null
}

/** "2024-01-31", "31. 1. 2024" or "31.1.2024" as an ISO date; null when it is not a real date. */
export function readDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const czech = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(value)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : czech ? [czech[3], czech[2], czech[1]] : []
  if (!year || !month || !day) return null
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null
  return date.toISOString().slice(0, 10)
}

/**
 * Reads a membership list: checks the header, every value of every row and that no
 * municipality appears twice. Never throws for bad input; the rows are safe to import only when
 * `errors` is empty. Whether the codes exist in the register is checked by the import, which
 * can see the database.
 */
export function parseMembershipCsv(input: string | Uint8Array, language: AdminLanguage): ParsedMemberships {
  const say = (key: MessageKey, params?: Params) => membershipCsvMessage(language, key, params)
  const text = normalizeCsvText(typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input))
  if (text.trim() === '') return { rows: [], errors: [{ line: 1, field: 'file', message: say('empty') }] }
  // eslint-disable-next-line no-control-regex -- NUL and the replacement character give away binary or non-UTF-8 files
  const binary = text.search(/[\u0000\uFFFD]/)
  if (binary !== -1) {
    return { rows: [], errors: [{ line: text.slice(0, binary).split('\n').length, field: 'file', message: say('binary') }] }
  }

  const records: { values: string[]; line: number }[] = []
  const errors: MembershipCsvProblem[] = []
  try {
    // With `info` and `raw` every record comes wrapped with its line count and text, which
    // csv-parse's sync typings do not model.
    const parsed = parse(text, {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[]
    for (const { record, info, raw } of parsed) {
      // `lines` is where the record ends; a quoted value may span lines, and raw text includes skipped blank lines.
      const spans = (raw.trimStart().match(/\n/g)?.length ?? 0) - (raw.endsWith('\n') ? 1 : 0)
      records.push({ values: record, line: info.lines - spans })
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    errors.push({
      line: Number(error.lines) || 1,
      field: 'row',
      message: error.code === 'CSV_QUOTE_NOT_CLOSED' ? say('unclosedQuote') : say('badQuote'),
    })
    return { rows: [], errors }
  }

  const [header, ...data] = records
  if (!header) return { rows: [], errors: [{ line: 1, field: 'file', message: say('empty') }] }
  const columns: MembershipCsvColumn[] = []
  for (const value of header.values) {
    const column = value.toLowerCase()
    if (!(MEMBERSHIP_CSV_COLUMNS as readonly string[]).includes(column)) {
      errors.push({ line: header.line, field: 'header', message: say('unknownColumn', { column: value }) })
    } else if (columns.includes(column as MembershipCsvColumn)) {
      errors.push({ line: header.line, field: 'header', message: say('duplicateColumn', { column: value }) })
    } else {
      columns.push(column as MembershipCsvColumn)
    }
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.includes(column)) errors.push({ line: header.line, field: 'header', message: say('missingColumn', { column }) })
  }
  if (errors.length > 0) return { rows: [], errors }
  if (data.length === 0) return { rows: [], errors: [{ line: header.line + 1, field: 'file', message: say('noRows') }] }

  const rows: MembershipRow[] = []
  const firstLineOfCode = new Map<string, number>()
  for (const { values, line } of data) {
    if (values.length !== columns.length) {
      errors.push({ line, field: 'row', message: say('columnCount', { found: values.length, expected: columns.length }) })
      continue
    }
    const cell = (column: MembershipCsvColumn) => {
      const index = columns.indexOf(column)
      return index === -1 ? '' : (values[index] ?? '')
    }
    const problems: MembershipCsvProblem[] = []
    const problem = (field: MembershipCsvColumn, key: MessageKey, params?: Params) => problems.push({ line, field, message: say(key, params) })

    const code = cell('code')
    if (!/^\d{6}$/.test(code)) problem('code', 'badCode', { value: code })
    else {
      const first = firstLineOfCode.get(code)
      if (first === undefined) firstLineOfCode.set(code, line)
      else problem('code', 'duplicateCode', { code, first })
    }
    const status = readStatus(cell('status'))
    if (!status) problem('status', 'badStatus', { value: cell('status') })
    const dates = { since: null as string | null, until: null as string | null }
    for (const column of ['since', 'until'] as const) {
      const raw = cell(column)
      if (raw === '') continue
      dates[column] = readDate(raw)
      if (!dates[column]) problem(column, 'badDate', { value: raw })
    }
    if (dates.since && dates.until && dates.until < dates.since) problem('until', 'untilBeforeSince')
    if (dates.until && status && status !== 'left') problem('until', 'untilWhileActive')

    if (problems.length > 0 || !status) {
      errors.push(...problems)
      continue
    }
    rows.push({ line, code, name: cell('name') || null, status, since: dates.since, until: dates.until })
  }
  errors.sort((a, b) => a.line - b.line)
  return { rows, errors }
}

/** Whether the name written in the file is the registered one, ignoring case, accents and spacing. */
export const sameMunicipalityName = (written: string, registered: string): boolean => searchKey(written) === searchKey(registered)

export interface MembershipExportRow {
  code: string
  name: string
  district: string
  region: string
  chamber: string
  status: MembershipStatus
  since: string | null
  until: string | null
}

/** The export, readable by the import (UTF-8 with a byte order mark so that Excel opens it as UTF-8). */
export function membershipCsv(rows: readonly MembershipExportRow[]): string {
  return `\uFEFF${stringify(
    rows.map((row) => MEMBERSHIP_CSV_COLUMNS.map((column) => row[column] ?? '')),
    { header: true, columns: [...MEMBERSHIP_CSV_COLUMNS] },
  )}`
}

