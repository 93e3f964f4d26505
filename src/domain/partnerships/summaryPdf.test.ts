import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { renderSummaryPdf, wrapText, type ApplicationSummary } from './summaryPdf'

const fontDir = path.resolve('node_modules/dejavu-fonts-ttf/ttf')
const fonts = async () => ({
  regular: await readFile(path.join(fontDir, 'DejaVuSans.ttf')),
  bold: await readFile(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
})

const summary: ApplicationSummary = {
  reference: 'PR-2026-0007',
  submittedAt: '2026-03-01T09:00:00.000Z',
  office: 'Krajský úřad Středočeského kraje',
  applicantKind: 'municipality',
  applicantName: 'Město Říčany',
  municipality: 'Říčany',
  homeRegion: 'Středočeský kraj',
  population: 16_800,
  contact: { name: 'Jiří Řehoř', position: 'starosta', email: 'starosta@ricany.cz', phone: '+420 323 618 111' },
  desiredRegions: ['Województwo dolnośląskie'],
  areas: ['culture', 'schools-youth'],
  languages: ['pl', 'en'],
  offer: 'Hudební festival, partnerská škola.\n'.repeat(60),
  lookingFor: 'Gmina podobné velikosti.',
  motivation: null,
}

describe('the PDF summary for a partner region', () => {
  it('is a real PDF with Czech and Polish letters, flowing onto further pages', async () => {
    const bytes = await renderSummaryPdf(summary, 'pl', await fonts(), new Date('2026-03-02T10:00:00Z'))
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-')
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getTitle()).toBe('Wniosek o partnera zagranicznego PR-2026-0007')
    expect(pdf.getPageCount()).toBeGreaterThan(1)
  })

  it('wraps long lines to the width and keeps the writer’s line breaks', async () => {
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.Helvetica)
    const lines = wrapText('one two three four five six seven\neight', font, 12, 80)
    expect(lines.at(-1)).toBe('eight')
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(font.widthOfTextAtSize(line, 12)).toBeLessThanOrEqual(80)
  })
})
