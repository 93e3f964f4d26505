import { describe, expect, it } from 'vitest'

import { checkSubmission, type SubmissionInput } from './submission'

const valid: SubmissionInput = {
  title: 'Sdílený obecní úřad pro tři obce',
  topics: ['hr', 'finance'],
  summary: 'Tři malé obce mají jednu účetní.',
  content: 'Obce uzavřely veřejnoprávní smlouvu.',
  results: '',
  costsAndFunding: '',
  year: '2024',
  contactName: 'Jana Nováková',
  contactEmail: 'starostka@kozojedy.cz',
  contactPhone: '+420 377 123 456',
  audience: 'members',
  files: [{ name: 'smlouva.pdf', type: 'application/pdf', size: 20_000 }],
}
const now = new Date('2025-05-01T10:00:00Z')

describe('checkSubmission', () => {
  it('accepts a complete submission and trims empty optional fields to null', () => {
    const { data, problems } = checkSubmission(valid, now)
    expect(problems).toEqual([])
    expect(data).toEqual({
      title: 'Sdílený obecní úřad pro tři obce',
      topics: ['hr', 'finance'],
      summary: 'Tři malé obce mají jednu účetní.',
      content: 'Obce uzavřely veřejnoprávní smlouvu.',
      results: null,
      costsAndFunding: null,
      year: 2024,
      contact: { name: 'Jana Nováková', email: 'starostka@kozojedy.cz', phone: '+420 377 123 456' },
      audience: 'members',
    })
  })

  it('names every field that is missing or wrong, at once', () => {
    const { data, problems } = checkSubmission(
      {
        ...valid,
        title: '  ',
        topics: ['gardening'],
        content: '',
        year: '2027',
        contactEmail: 'jana(at)kozojedy',
        contactPhone: 'volejte večer',
        audience: 'friends',
        summary: 'x'.repeat(601),
        files: [
          { name: 'a.pdf', type: 'application/pdf', size: 1 },
          { name: 'virus.exe', type: 'application/x-msdownload', size: 1000 },
          { name: 'c.pdf', type: 'application/pdf', size: 1 },
          { name: 'd.pdf', type: 'application/pdf', size: 11 * 1024 * 1024 },
        ],
      },
      now,
    )
    expect(data).toBeNull()
    expect(problems).toEqual([
      { field: 'title', problem: 'required' },
      { field: 'topics', problem: 'chooseTopic' },
      { field: 'summary', problem: 'tooLong', max: 600 },
      { field: 'content', problem: 'required' },
      { field: 'year', problem: 'badYear', max: 2026 },
      { field: 'contactEmail', problem: 'badEmail' },
      { field: 'contactPhone', problem: 'badPhone' },
      { field: 'audience', problem: 'required' },
      { field: 'attachments', problem: 'tooManyFiles' },
      { field: 'attachments', problem: 'badFile', name: 'virus.exe' },
      { field: 'attachments', problem: 'badFile', name: 'd.pdf' },
    ])
  })

  it('ignores the empty file entry a form sends when nothing is attached', () => {
    expect(checkSubmission({ ...valid, files: [{ name: '', type: 'application/octet-stream', size: 0 }] }, now).problems).toEqual([])
  })
})
