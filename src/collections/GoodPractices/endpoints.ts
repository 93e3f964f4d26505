import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { memberOf, staffOf } from '@/access/roles'
import { calendarDay } from '@/domain/dates/calendarDay'
import { isLocale } from '@/domain/locale/locales'
import { registerMessagesFor } from '@/i18n/registerMessages'
import type { Association, Municipality, Region } from '@/payload-types'

import { askContact } from './askContact'

const localeOf = (req: PayloadRequest) => {
  const requested = req.searchParams.get('locale') ?? ''
  return isLocale(requested) ? requested : 'cs'
}

/** `POST /api/good-practices/:id/ask` with `{ "message": "…" }`: e-mails the contact person (members only). */
const ask: Endpoint = {
  path: '/:id/ask',
  method: 'post',
  handler: async (req) => {
    const locale = localeOf(req)
    const t = registerMessagesFor(locale)
    const body = (await req.json?.().catch(() => ({}))) as { message?: unknown } | undefined
    const outcome = await askContact(req.payload, {
      practice: String(req.routeParams?.id ?? ''),
      member: memberOf(req),
      message: typeof body?.message === 'string' ? body.message : '',
      locale,
    })
    if (outcome.sent) return Response.json({ message: t.practice.sent })
    switch (outcome.reason) {
      case 'notMember':
        return Response.json({ errors: [{ message: t.question.loginRequired }] }, { status: 401 })
      case 'notFound':
        return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
      case 'noContact':
        return Response.json({ errors: [{ message: t.practice.noContact }] }, { status: 409 })
      case 'mailFailed':
        return Response.json({ errors: [{ message: t.practice.sendFailed }] }, { status: 502 })
      case 'invalid': {
        const { problem } = outcome
        const message = problem.problem === 'tooLong' ? t.question.tooLong(problem.max) : t.question[problem.problem]
        return Response.json({ errors: [{ field: 'message', message }] }, { status: 400 })
      }
    }
  },
}

const EXPORT_COLUMNS = [
  'title',
  'municipality',
  'region',
  'topics',
  'size_band',
  'year',
  'workflow_status',
  'status',
  'audience',
  'reviewing_associations',
  'published_at',
  'updated_at',
  'url',
] as const

/** `GET /api/good-practices/export`: every practice the staff user may read, as CSV. */
const exportPractices: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const user = staffOf(req)
    if (!user) {
      const message = req.i18n.language === 'cs' ? 'Export je jen pro pracovníky svazů.' : 'The export is for association staff only.'
      return Response.json({ error: message }, { status: 403 })
    }
    const { docs } = await req.payload.find({
      collection: 'good-practices',
      draft: true,
      pagination: false,
      depth: 1,
      sort: '-updatedAt',
      select: {
        title: true,
        slug: true,
        municipality: true,
        region: true,
        topics: true,
        sizeBand: true,
        year: true,
        workflowStatus: true,
        _status: true,
        audience: true,
        reviewingAssociations: true,
        publishedAt: true,
        updatedAt: true,
      },
      populate: { municipalities: { name: true }, regions: { name: true }, associations: { shortName: true } },
      locale: 'cs',
      overrideAccess: false,
      user,
      req,
    })
    const serverURL = req.payload.config.serverURL || 'http://localhost:3000'
    const csv = stringify(
      docs.map((practice) => [
        practice.title,
        (practice.municipality as Municipality | null)?.name ?? '',
        (practice.region as Region | null | undefined)?.name ?? '',
        (practice.topics ?? []).join('; '),
        practice.sizeBand ?? '',
        practice.year ?? '',
        practice.workflowStatus,
        practice._status ?? '',
        practice.audience,
        ((practice.reviewingAssociations ?? []) as Association[]).map((association) => association.shortName).join('; '),
        calendarDay(practice.publishedAt) ?? '',
        calendarDay(practice.updatedAt) ?? '',
        practice._status === 'published' ? `${serverURL}/good-practices/${practice.slug ?? ''}` : '',
      ]),
      { header: true, columns: [...EXPORT_COLUMNS] },
    )
    return new Response(`\uFEFF${csv}`, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="dobra-praxe.csv"' },
    })
  },
}

export const goodPracticeEndpoints: Endpoint[] = [exportPractices, ask]
