import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '@/access/ids'
import { staffOf } from '@/access/roles'
import { calendarDay } from '@/domain/dates/calendarDay'
import { readDirectoryCriteria } from '@/domain/directory/criteria'
import { postalCodeList, readPaging } from '@/domain/directory/openData'
import { decodeMemberOf } from '@/domain/memberships/memberOfIds'
import { chamberOf } from '@/domain/municipalities/kinds'
import type { Association, Region } from '@/payload-types'

import { directoryFacets, directoryWhere, resolveDirectoryQuery } from './directory'

const say = (req: PayloadRequest, cs: string, en: string) => (req.i18n.language === 'cs' ? cs : en)

/**
 * Public data of the register as open data: one page of municipalities (by RÚIAN code, so pages
 * stay stable) with their memberships. Anyone may read it, from any origin.
 */
const openData: Endpoint = {
  path: '/open-data',
  method: 'get',
  handler: async (req) => {
    const paging = readPaging(req.searchParams)
    if ('field' in paging) {
      const message =
        paging.field === 'page'
          ? say(req, 'Parametr page musí být celé číslo od 1.', 'The page parameter must be a whole number from 1.')
          : say(req, `Parametr limit musí být celé číslo od 1 do ${paging.max}.`, `The limit parameter must be a whole number from 1 to ${paging.max}.`)
      return Response.json({ errors: [{ field: paging.field, message }] }, { status: 400 })
    }
    // Both queries run as Local API calls (no `req`), with access enforced as for an anonymous
    // visitor: this endpoint bounds its own paging (up to 500 a page), and the anonymous REST
    // clamp of 100 (plugins/anonymousQueryLimits.ts) would cut the page and its memberships short.
    const result = await req.payload.find({
      collection: 'municipalities',
      sort: 'ruianCode',
      page: paging.page,
      limit: paging.limit,
      depth: 1,
      select: { ruianCode: true, name: true, slug: true, kind: true, district: true, districtCode: true, region: true, postalCodes: true, population: true, website: true },
      populate: { regions: { code: true, name: true } },
      locale: 'cs',
      overrideAccess: false,
    })
    const ids = result.docs.map((municipality) => municipality.id)
    const memberships =
      ids.length === 0
        ? []
        : (
            await req.payload.find({
              collection: 'memberships',
              where: { municipality: { in: ids } },
              select: { municipality: true, association: true, status: true, since: true, until: true },
              populate: { associations: { slug: true, shortName: true } },
              depth: 1,
              pagination: false,
              overrideAccess: false,
            })
          ).docs
    const url = new URL(req.url ?? 'http://localhost/api/municipalities/open-data')
    const pageLink = (page: number | null | undefined) => {
      if (!page) return null
      url.searchParams.set('page', String(page))
      url.searchParams.set('limit', String(paging.limit))
      return url.toString()
    }
    const body = {
      license: 'CC BY 4.0',
      source: 'RÚIAN (ČÚZK) and the membership registers of the associations',
      page: result.page,
      limit: paging.limit,
      totalDocs: result.totalDocs,
      totalPages: result.totalPages,
      next: pageLink(result.nextPage),
      prev: pageLink(result.prevPage),
      data: result.docs.map((municipality) => {
        const region = municipality.region as Region | null | undefined
        return {
          code: municipality.ruianCode,
          name: municipality.name,
          slug: municipality.slug,
          kind: municipality.kind,
          chamber: chamberOf(municipality.kind),
          district: municipality.district ?? null,
          districtCode: municipality.districtCode ?? null,
          region: region ? { code: region.code, name: region.name } : null,
          postalCodes: postalCodeList(municipality.postalCodes),
          population: municipality.population ?? null,
          website: municipality.website ?? null,
          memberships: memberships
            .filter((membership) => String(idOf(membership.municipality)) === String(municipality.id))
            .map((membership) => {
              const association = membership.association as Association
              return {
                association: association.slug,
                associationShortName: association.shortName,
                status: membership.status,
                since: calendarDay(membership.since),
                until: calendarDay(membership.until),
              }
            }),
        }
      }),
    }
    return Response.json(body, { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' } })
  },
}

const EXPORT_COLUMNS = ['code', 'name', 'kind', 'chamber', 'district', 'region', 'population', 'postal_codes', 'website', 'member_of'] as const

/** The directory, with the filters of the public page (`?q=…&region=…`), as CSV for staff. */
const exportDirectory: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const user = staffOf(req)
    if (!user) return Response.json({ error: say(req, 'Export je jen pro pracovníky svazů.', 'The export is for association staff only.') }, { status: 403 })
    const { criteria } = readDirectoryCriteria(Object.fromEntries(req.searchParams))
    const facets = await directoryFacets(req.payload, 'cs', null)
    const { query, problems } = resolveDirectoryQuery(criteria, facets)
    if (problems.length > 0) {
      return Response.json(
        { errors: problems.map(({ field }) => ({ field, message: say(req, `Neznámá hodnota parametru ${field}.`, `Unknown value of the ${field} parameter.`) })) },
        { status: 400 },
      )
    }
    const { docs } = await req.payload.find({
      collection: 'municipalities',
      where: directoryWhere(query),
      sort: 'sortName',
      pagination: false,
      depth: 0,
      select: { ruianCode: true, name: true, kind: true, district: true, region: true, population: true, postalCodes: true, website: true, memberOfIds: true },
      overrideAccess: false,
      req,
    })
    const regionName = new Map(facets.regions.map((region) => [String(region.id), region.name]))
    const shortName = new Map(facets.associations.map((association) => [String(association.id), association.shortName]))
    const csv = stringify(
      docs.map((municipality) => [
        municipality.ruianCode,
        municipality.name,
        municipality.kind,
        chamberOf(municipality.kind) ?? '',
        municipality.district ?? '',
        regionName.get(String(idOf(municipality.region))) ?? '',
        municipality.population ?? '',
        municipality.postalCodes ?? '',
        municipality.website ?? '',
        decodeMemberOf(municipality.memberOfIds)
          .map((id) => shortName.get(id) ?? '')
          .filter(Boolean)
          .join('; '),
      ]),
      { header: true, columns: [...EXPORT_COLUMNS] },
    )
    return new Response(`\uFEFF${csv}`, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="adresar-obci.csv"' },
    })
  },
}

export const directoryEndpoints: Endpoint[] = [openData, exportDirectory]
