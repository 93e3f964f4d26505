import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

import type { Locale } from '@/domain/locale/locales'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'

import type { ApplicantKind, CooperationLanguage } from './application'
import type { CooperationArea } from './cooperationAreas'

/** What the partner region needs to know about an application; no internal notes, no history. */
export type ApplicationSummary = {
  reference: string
  submittedAt: string | null
  office: string
  applicantKind: ApplicantKind
  applicantName: string
  municipality: string | null
  homeRegion: string | null
  population: number | null
  contact: { name: string; position: string | null; email: string; phone: string | null }
  desiredRegions: string[]
  areas: CooperationArea[]
  languages: CooperationLanguage[]
  offer: string | null
  lookingFor: string | null
  motivation: string | null
}

/** TrueType fonts with Czech and Polish letters (the PDF standard fonts have neither ř nor ł). */
export type SummaryFonts = { regular: Uint8Array; bold: Uint8Array }

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 56
const INK = rgb(0.1, 0.12, 0.14)
const MUTED = rgb(0.3, 0.33, 0.38)

/** Splits text into lines no wider than `width`, keeping the writer's own line breaks. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate
      else {
        lines.push(line)
        line = word
      }
    }
    lines.push(line)
  }
  return lines
}

/** A one- or two-page A4 PDF the office sends to the partner region, in the region's language. */
export async function renderSummaryPdf(summary: ApplicationSummary, locale: Locale, fonts: SummaryFonts, now = new Date()): Promise<Uint8Array> {
  const t = partnershipMessagesFor(locale)
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const regular = await pdf.embedFont(fonts.regular, { subset: true })
  const bold = await pdf.embedFont(fonts.bold, { subset: true })
  pdf.setTitle(`${t.summary.title} ${summary.reference}`)
  pdf.setLanguage(locale)
  pdf.setCreationDate(now)

  const width = A4[0] - 2 * MARGIN
  let page: PDFPage = pdf.addPage(A4)
  let y = A4[1] - MARGIN
  const ensureRoom = (height: number) => {
    if (y - height >= MARGIN + 20) return
    page = pdf.addPage(A4)
    y = A4[1] - MARGIN
  }
  const write = (text: string, font: PDFFont, size: number, color = INK, gapAfter = 4) => {
    for (const line of wrapText(text, font, size, width)) {
      ensureRoom(size * 1.35)
      page.drawText(line, { x: MARGIN, y: y - size, size, font, color })
      y -= size * 1.35
    }
    y -= gapAfter
  }
  const entry = (labelText: string, value: string | null | undefined) => {
    if (!value) return
    ensureRoom(34)
    write(labelText, bold, 9.5, MUTED, 1)
    write(value, regular, 11)
  }

  const date = (iso: string | Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso))
  write(t.summary.title, bold, 20, INK, 2)
  write(`${t.page.reference}: ${summary.reference}`, bold, 12, INK, 10)
  write(t.summary.intro, regular, 11, INK, 12)

  entry(t.summary.office, summary.office)
  entry(t.page.submittedAt, summary.submittedAt ? date(summary.submittedAt) : null)
  entry(t.fields.applicantKind, t.applicantKinds[summary.applicantKind])
  entry(t.fields.applicantName, summary.applicantName)
  entry(t.fields.municipality, summary.municipality)
  entry(t.fields.homeRegion, summary.homeRegion)
  entry(t.fields.population, summary.population === null ? null : summary.population.toLocaleString(locale))
  entry(
    t.fields['contact.name'],
    [summary.contact.name, summary.contact.position, summary.contact.email, summary.contact.phone].filter(Boolean).join(', '),
  )
  entry(t.fields.desiredRegions, summary.desiredRegions.join(', '))
  entry(t.fields.cooperationAreas, summary.areas.map((area) => `• ${t.areas[area]}`).join('\n'))
  entry(t.fields.languages, summary.languages.map((language) => t.languages[language]).join(', '))
  entry(t.fields.offer, summary.offer)
  entry(t.fields.lookingFor, summary.lookingFor)
  entry(t.fields.motivation, summary.motivation)

  const pages = pdf.getPages()
  pages.forEach((each, index) => {
    const footer = `${summary.reference} · ${t.summary.generated(date(now))} · ${t.summary.page(index + 1, pages.length)}`
    each.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8.5, font: regular, color: MUTED })
  })
  return pdf.save()
}
