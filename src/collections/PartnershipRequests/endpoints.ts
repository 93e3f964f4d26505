import type { Endpoint, PayloadRequest } from 'payload'

import { staffOf } from '@/access/roles'
import { isLocale } from '@/domain/locale/locales'
import { messageLocaleOf } from '@/lib/messageLocale'

import { suggestionsFor } from './suggestions'
import { applicationSummaryPdf } from './summary'

/** Runs an office-only endpoint for one application; access to the application itself is checked by the Local API. */
const forOffice =
  (handler: (req: PayloadRequest, id: string) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    if (!staffOf(req)) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    try {
      return await handler(req, id)
    } catch (error) {
      const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500
      if (status === 404 || status === 403) return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
      throw error
    }
  }

export const partnershipRequestEndpoints: Endpoint[] = [
  {
    path: '/:id/suggestions',
    method: 'get',
    handler: forOffice(async (req, id) => Response.json({ suggestions: await suggestionsFor(req, id, messageLocaleOf(req)) })),
  },
  {
    // The partner region's language (cs, pl or en; English unless asked otherwise).
    path: '/:id/summary.pdf',
    method: 'get',
    handler: forOffice(async (req, id) => {
      const asked = new URL(req.url ?? '', 'http://localhost').searchParams.get('lang') ?? 'en'
      const { filename, bytes } = await applicationSummaryPdf(req, id, isLocale(asked) ? asked : 'en')
      return new Response(Buffer.from(bytes), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="${filename}"`,
          'Cache-Control': 'private, no-store',
        },
      })
    }),
  },
]
