import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { Id } from '@/access/ids'
import type { Locale } from '@/domain/locale/locales'
import { renderSummaryPdf, type ApplicationSummary, type SummaryFonts } from '@/domain/partnerships/summaryPdf'

let fonts: Promise<SummaryFonts> | undefined

/** DejaVu Sans from the `dejavu-fonts-ttf` package, read once per process. */
const summaryFonts = () =>
  (fonts ??= (async () => {
    const directory = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
    const [regular, bold] = await Promise.all([readFile(path.join(directory, 'DejaVuSans.ttf')), readFile(path.join(directory, 'DejaVuSans-Bold.ttf'))])
    return { regular, bold }
  })())

const nameOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'name' in value ? String((value as { name: unknown }).name) : null

/**
 * The PDF the office sends to a partner region about one application, in `locale`. Read with the
 * requesting user's access: an office can print only its own applications. Internal notes and
 * the history never go into it.
 */
export async function applicationSummaryPdf(req: PayloadRequest, id: Id, locale: Locale): Promise<{ filename: string; bytes: Uint8Array }> {
  const application = await req.payload.findByID({ collection: 'partnership-requests', id, depth: 1, locale, req, overrideAccess: false })
  const summary: ApplicationSummary = {
    reference: application.reference ?? '',
    submittedAt: application.submittedAt ?? null,
    office: nameOf(application.association) ?? '',
    applicantKind: application.applicantKind ?? 'municipality',
    applicantName: application.applicantName ?? '',
    municipality: nameOf(application.municipality),
    homeRegion: nameOf(application.homeRegion),
    population: application.population ?? null,
    contact: {
      name: application.contact?.name ?? '',
      position: application.contact?.position ?? null,
      email: application.contact?.email ?? '',
      phone: application.contact?.phone ?? null,
    },
    desiredRegions: (application.desiredRegions ?? []).map(nameOf).filter((name): name is string => name !== null),
    areas: application.cooperationAreas ?? [],
    languages: application.languages ?? [],
    offer: application.offer ?? null,
    lookingFor: application.lookingFor ?? null,
    motivation: application.motivation ?? null,
  }
  const bytes = await renderSummaryPdf(summary, locale, await summaryFonts())
  return { filename: `${summary.reference || `application-${id}`}-${locale}.pdf`, bytes }
}
