import type { Endpoint, PayloadRequest } from 'payload'

import { answersCsv } from '@/domain/forms/csv'
import { slugify } from '@/domain/slug/slugify'

import { loadFormResults, type LoadedResults } from './results'

const withResults =
  (respond: (loaded: LoadedResults, req: PayloadRequest) => Response) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return respond(await loadFormResults(req, String(req.routeParams?.id ?? '')), req)
    } catch (error) {
      const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500
      if (status === 401 || status === 403 || status === 404) {
        return Response.json({ errors: [{ message: req.t(status === 404 ? 'error:notFound' : 'error:unauthorized') }] }, { status })
      }
      throw error
    }
  }

/** Staff-only aggregates (JSON) and all answers (CSV) of a form. */
export const formEndpoints: Endpoint[] = [
  {
    path: '/:id/results',
    method: 'get',
    handler: withResults(({ results }) => Response.json(results)),
  },
  {
    path: '/:id/results.csv',
    method: 'get',
    handler: withResults(({ form, questions, submissions }, req) => {
      const czech = req.i18n.language === 'cs'
      const csv = answersCsv(questions, submissions, { id: czech ? 'Číslo odpovědi' : 'Answer id', submittedAt: czech ? 'Odesláno' : 'Submitted at' })
      return new Response(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${slugify(form.title) || 'form'}-answers.csv"`,
          'Cache-Control': 'private, no-store',
        },
      })
    }),
  },
]
