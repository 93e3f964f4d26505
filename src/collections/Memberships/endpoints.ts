import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { idsOf, sameId, type Id } from '@/access/ids'
import { isAdminUser, isManagerUser, staffOf, type StaffUser } from '@/access/roles'
import { calendarDay } from '@/domain/dates/calendarDay'
import { membershipCsv, type AdminLanguage } from '@/domain/memberships/csv'
import type { Municipality, Region } from '@/payload-types'

import { chamberLabels } from './labels'
import { importMemberships } from './importMemberships'

const languageOf = (req: PayloadRequest): AdminLanguage => (req.i18n.language === 'cs' ? 'cs' : 'en')
const say = (req: PayloadRequest, cs: string, en: string) => (languageOf(req) === 'cs' ? cs : en)

/** The association named by `?association=`, if the staff user works for it (`manage`: as its manager). */
async function associationFor(req: PayloadRequest, manage: boolean): Promise<{ user: StaffUser; association: Id } | Response> {
  const user = staffOf(req)
  if (!user) return Response.json({ error: say(req, 'Přihlaste se do administrace.', 'Log in to the admin.') }, { status: 401 })
  const requested = req.searchParams.get('association') ?? ''
  const found = requested
    ? await req.payload.find({ collection: 'associations', where: { id: { equals: requested } }, depth: 0, limit: 1, select: { name: true }, req })
    : null
  const association = found?.docs[0]?.id
  if (association === undefined) {
    return Response.json(
      { error: say(req, 'Parametr association musí být id existujícího svazu.', 'The association parameter must be the id of an existing association.'), field: 'association' },
      { status: 400 },
    )
  }
  const allowed =
    isAdminUser(user) || (idsOf(user.associations).some((id) => sameId(id, association)) && (!manage || isManagerUser(user)))
  if (!allowed) {
    return Response.json(
      {
        error: manage
          ? say(req, 'Členství smí měnit jen správce tohoto svazu.', 'Only a manager of this association may change its memberships.')
          : say(req, 'Seznam členů smí stáhnout jen pracovník tohoto svazu.', 'Only staff of this association may download its members.'),
      },
      { status: 403 },
    )
  }
  return { user, association }
}

const exportMemberships: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const scope = await associationFor(req, false)
    if (scope instanceof Response) return scope
    const language = languageOf(req)
    const { docs } = await req.payload.find({
      collection: 'memberships',
      where: { association: { equals: scope.association } },
      depth: 2,
      pagination: false,
      select: { municipality: true, status: true, chamber: true, since: true, until: true },
      populate: { municipalities: { ruianCode: true, name: true, district: true, region: true, sortName: true }, regions: { name: true } },
      overrideAccess: false,
      user: scope.user,
      locale: 'cs',
      req,
    })
    const rows = docs
      .map((membership) => {
        const municipality = membership.municipality as Municipality
        return {
          sortName: municipality.sortName ?? '',
          code: municipality.ruianCode,
          name: municipality.name,
          district: municipality.district ?? '',
          region: (municipality.region as Region | null | undefined)?.name ?? '',
          chamber: chamberLabels[membership.chamber ?? 'none'][language === 'cs' ? 0 : 1],
          status: membership.status,
          since: calendarDay(membership.since),
          until: calendarDay(membership.until),
        }
      })
      .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0))
    return new Response(membershipCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="clenstvi-${String(scope.association)}.csv"`,
      },
    })
  },
}

const importMembershipsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const scope = await associationFor(req, true)
    if (scope instanceof Response) return scope
    let csv: string | Uint8Array
    if (req.headers.get('content-type')?.startsWith('multipart/form-data')) {
      await addDataAndFileToRequest(req)
      if (!req.file) return Response.json({ error: say(req, 'Přiložte soubor CSV.', 'Attach a CSV file.'), field: 'file' }, { status: 400 })
      csv = req.file.data
    } else {
      csv = (await req.text?.()) ?? ''
    }
    const report = await importMemberships(req.payload, csv, { association: scope.association, language: languageOf(req), user: scope.user })
    return Response.json(report, { status: report.rejected.length > 0 ? 400 : 200 })
  },
}

export const membershipEndpoints: Endpoint[] = [exportMemberships, importMembershipsEndpoint]
