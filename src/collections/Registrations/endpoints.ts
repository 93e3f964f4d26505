import ExcelJS from 'exceljs'
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/domain/locale/locales'
import { attendeesCsv, attendeeTable } from '@/domain/registration/attendees'
import { parseTargetKey } from '@/domain/registration/keys'
import { isDocumentId } from '@/domain/validation/requestInput'
import { sameSiteOnly } from '@/endpoints/sameSiteOnly'
import { registrationMessagesFor } from '@/i18n/registrationMessages'

import { attendeesOf, mayManageRegistrationsOf, registrationSummary } from './editors'
import { suggestMunicipalities } from './municipalities'
import { cancelByToken, registerAttendee, type Refused } from './service'
import { loadTarget } from './targets'

const localeOf = (value: unknown): Locale => (typeof value === 'string' && isLocale(value) ? value : 'cs')

const refusal = (refused: Refused) =>
  Response.json(
    { message: refused.message, code: refused.code, errors: Object.entries(refused.fieldErrors).map(([field, message]) => ({ field, message })) },
    { status: refused.status },
  )

/** The body of a JSON request, or of a multipart one with the fields in `_payload` and the authorisation in `file`. */
async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    return null
  }
  const data = req.data
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null
}

/**
 * POST /api/registrations/register — what the public form does, for programs: JSON with
 * `event` (id) or `seminar` + `term`, `locale`, and the form fields (name, email, phone,
 * municipality, organisation, position, needs, consent, consentVersion, proxy,
 * representsMunicipality). 201 with the status and the secret link; 4xx with a localized
 * message and one message per field at fault; nothing is stored then.
 */
const register: Endpoint = {
  path: '/register',
  method: 'post',
  handler: async (req) => {
    const body = await bodyOf(req)
    const locale = localeOf(body?.locale ?? req.searchParams.get('locale'))
    const target =
      body && (typeof body.event === 'string' || typeof body.event === 'number')
        ? ({ kind: 'event', eventId: body.event } as const)
        : body && (typeof body.seminar === 'string' || typeof body.seminar === 'number') && typeof body.term === 'string'
          ? ({ kind: 'seminar', seminarId: body.seminar, termId: body.term } as const)
          : null
    if (!body || !target) {
      return Response.json({ message: registrationMessagesFor(locale).refusals.invalidRequest, errors: [] }, { status: 400 })
    }
    // "1e309" or "abc" cannot name an event; the database driver would fail on it.
    if (!isDocumentId(target.kind === 'event' ? target.eventId : target.seminarId)) {
      return Response.json({ message: registrationMessagesFor(locale).refusals.notFound, code: 'notFound', errors: [] }, { status: 404 })
    }
    const file = req.file ? { data: req.file.data, name: req.file.name, type: req.file.mimetype, size: req.file.size } : undefined
    const result = await registerAttendee(req.payload, { target, fields: body, file, user: req.user, locale })
    if (!result.ok) return refusal(result)
    const { registration } = result
    return Response.json(
      { id: registration.id, status: registration.status, waitlistPosition: registration.waitlistPosition ?? null, manageUrl: result.manageUrl },
      { status: 201 },
    )
  },
}

/** POST /api/registrations/cancel with `{ token }`: the secret link's cancellation; repeating it is harmless. */
const cancel: Endpoint = {
  path: '/cancel',
  method: 'post',
  handler: async (req) => {
    const body = await bodyOf(req)
    const locale = localeOf(body?.locale)
    const result = await cancelByToken(req.payload, typeof body?.token === 'string' ? body.token : '', locale)
    return result.ok ? Response.json({ status: result.registration.status }) : refusal(result)
  },
}

/** GET /api/registrations/municipalities?q=plz — the type-ahead over the municipality register. */
const municipalities: Endpoint = {
  path: '/municipalities',
  method: 'get',
  handler: async (req) => {
    const typed = (req.searchParams.get('q') ?? '').slice(0, 80)
    const suggestions = await suggestMunicipalities(req.payload, typed)
    return Response.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=3600' } })
  },
}

/** The target of `?target=event:12` when the signed-in staff user works for its association. */
async function managedTarget(req: PayloadRequest) {
  const ref = parseTargetKey(req.searchParams.get('target') ?? '')
  const wellFormed = ref && isDocumentId(ref.kind === 'event' ? ref.eventId : ref.seminarId)
  const target = wellFormed ? await loadTarget(req.payload, ref, { req }) : null
  if (!target) return { error: Response.json({ message: 'Not found' }, { status: 404 }) }
  if (!mayManageRegistrationsOf(req.user, target)) return { error: Response.json({ message: 'Forbidden' }, { status: 403 }) }
  return { target }
}

/** GET /api/registrations/summary?target=event:12 — the counts editors see on the event. */
const summary: Endpoint = {
  path: '/summary',
  method: 'get',
  handler: async (req) => {
    const { target, error } = await managedTarget(req)
    if (!target) return error
    return Response.json(await registrationSummary(req.payload, target))
  },
}

/** GET /api/registrations/export?target=event:12&format=csv|xlsx&lang=cs|en — the attendee list for editors. */
const exportAttendees: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const { target, error } = await managedTarget(req)
    if (!target) return error
    const language = req.searchParams.get('lang') === 'en' ? 'en' : 'cs'
    const attendees = await attendeesOf(req.payload, target, req.user)
    const name = `registrace-${target.slug}`
    if (req.searchParams.get('format') === 'xlsx') {
      const { header, rows } = attendeeTable(attendees, language)
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet(language === 'cs' ? 'Účastníci' : 'Attendees')
      sheet.addRow(header).font = { bold: true }
      sheet.addRows(rows)
      sheet.columns.forEach((column) => (column.width = 22))
      sheet.views = [{ state: 'frozen', ySplit: 1 }]
      const data = await workbook.xlsx.writeBuffer()
      return new Response(data, {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${name}.xlsx"`,
          'Cache-Control': 'private, no-store',
        },
      })
    }
    return new Response(attendeesCsv(attendees, language), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'private, no-store' },
    })
  },
}

// The two that change state refuse posts from other sites' pages (CSRF); the rest only read.
export const registrationEndpoints: Endpoint[] = [sameSiteOnly(register), sameSiteOnly(cancel), municipalities, summary, exportAttendees]
