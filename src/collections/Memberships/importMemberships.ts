import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { idOf, type Id } from '@/access/ids'
import { calendarDay, storedDay } from '@/domain/dates/calendarDay'
import {
  membershipCsvMessage,
  parseMembershipCsv,
  sameMunicipalityName,
  type AdminLanguage,
  type MembershipCsvProblem,
} from '@/domain/memberships/csv'
import type { Membership, User } from '@/payload-types'

import { refreshMemberCount, refreshMemberOf } from './derived'
import { DEFER_DERIVED } from './hooks/refreshDerived'

export interface MembershipImportReport {
  created: number
  updated: number
  unchanged: number
  /** Why the file was refused; when not empty, nothing was written. */
  rejected: MembershipCsvProblem[]
}

export interface MembershipImportOptions {
  association: Id
  language: AdminLanguage
  /** The staff user importing; every write is checked against their rights. Without one (the CLI) access is not checked. */
  user?: (User & { collection: 'users' }) | null
}

const refused = (rejected: MembershipCsvProblem[]): MembershipImportReport => ({ created: 0, updated: 0, unchanged: 0, rejected })

/**
 * Imports one association's membership list (the format of domain/memberships/csv.ts): creates
 * the memberships that are missing and updates status and dates of the others; memberships not
 * in the file are left as they are. Every row is checked, against the register too, before
 * anything is written; the writes run in one transaction, and the derived member lists and
 * counts are refreshed in it once at the end.
 */
export async function importMemberships(
  payload: Payload,
  csv: string | Uint8Array,
  { association, language, user = null }: MembershipImportOptions,
): Promise<MembershipImportReport> {
  const { rows, errors } = parseMembershipCsv(csv, language)
  if (errors.length > 0) return refused(errors)

  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const inTransaction = await initTransaction(req)
  try {
    const { docs: municipalities } = await payload.find({
      collection: 'municipalities',
      where: { ruianCode: { in: rows.map((row) => row.code) } },
      select: { ruianCode: true, name: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const byCode = new Map(municipalities.map((municipality) => [municipality.ruianCode, municipality]))
    const problems: MembershipCsvProblem[] = []
    for (const row of rows) {
      const registered = byCode.get(row.code)
      if (!registered) problems.push({ line: row.line, field: 'code', message: membershipCsvMessage(language, 'unknownCode', { code: row.code }) })
      else if (row.name !== null && !sameMunicipalityName(row.name, registered.name)) {
        problems.push({
          line: row.line,
          field: 'name',
          message: membershipCsvMessage(language, 'nameMismatch', { code: row.code, registered: registered.name, value: row.name }),
        })
      }
    }
    if (problems.length > 0) {
      await killTransaction(req)
      return refused(problems)
    }

    const { docs: existing } = await payload.find({
      collection: 'memberships',
      where: { association: { equals: association } },
      select: { municipality: true, status: true, since: true, until: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const existingOf = new Map(existing.map((membership) => [String(idOf(membership.municipality)), membership]))

    const access = { overrideAccess: user === null, user: user ?? undefined, depth: 0, req, context: { [DEFER_DERIVED]: true } }
    const report: MembershipImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] }
    const touched: Id[] = []
    for (const row of rows) {
      const municipality = byCode.get(row.code)?.id
      // Every code was found in the register above.
      if (municipality === undefined) throw new Error(`Municipality ${row.code} vanished during the import`)
      const data = {
        status: row.status,
        since: row.since ? storedDay(row.since) : null,
        until: row.until ? storedDay(row.until) : null,
      } satisfies Partial<Membership>
      const current = existingOf.get(String(municipality))
      await atLine(req, row.line, language, async () => {
        if (!current) {
          await payload.create({ collection: 'memberships', data: { ...data, municipality, association: association as number }, ...access })
          report.created += 1
          touched.push(municipality)
        } else if (current.status !== row.status || calendarDay(current.since) !== row.since || calendarDay(current.until) !== row.until) {
          await payload.update({ collection: 'memberships', id: current.id, data, ...access })
          report.updated += 1
          if (current.status !== row.status) touched.push(municipality)
        } else {
          report.unchanged += 1
        }
      })
    }
    for (const municipality of touched) await refreshMemberOf(payload, municipality, req)
    await refreshMemberCount(payload, association, req)
    if (inTransaction) await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    if (error instanceof RowRefused) return refused([error.problem])
    throw error
  }
}

class RowRefused extends Error {
  constructor(readonly problem: MembershipCsvProblem) {
    super(problem.message)
  }
}

/** A write Payload refuses (validation, access) refuses the whole file, naming the row. */
async function atLine(req: PayloadRequest, line: number, language: AdminLanguage, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    const details = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    if (details && details.length > 0) {
      throw new RowRefused({ line, field: details[0]?.path ?? 'row', message: details.map((detail) => `${detail.path}: ${detail.message}`).join('; ') })
    }
    if ((error as { status?: number }).status === 403) {
      throw new RowRefused({
        line,
        field: 'row',
        message: language === 'cs' ? 'k tomuto členství nemáte oprávnění' : 'you are not allowed to change this membership',
      })
    }
    req.payload.logger.error({ err: error, line }, 'membership import failed')
    throw error
  }
}
