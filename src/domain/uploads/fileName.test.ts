import { describe, expect, it } from 'vitest'

import { normaliseFileName } from './fileName'

describe('normaliseFileName', () => {
  it.each([
    ['Pozvánka na sněm 2025.pdf', 'pdf', 'pozvanka-na-snem-2025.pdf'],
    ['Łódź – zaproszenie.PDF', 'pdf', 'lodz-zaproszenie.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\starosta\\Plná moc.docx', 'docx', 'plna-moc.docx'],
    ['faktura\u0000.pdf\u0007', 'pdf', 'faktura.pdf'],
    ['faktura.exe', 'pdf', 'faktura.pdf'],
    ['.htaccess', 'png', 'htaccess.png'],
    ['💥💥.jpg', 'jpg', 'soubor.jpg'],
    ['', 'pdf', 'soubor.pdf'],
  ])('%j as %s → %s', (name, extension, expected) => {
    expect(normaliseFileName(name, extension)).toBe(expected)
  })

  it('keeps long names to 80 characters before the extension', () => {
    expect(normaliseFileName(`${'a'.repeat(300)}.pdf`, 'pdf')).toBe(`${'a'.repeat(80)}.pdf`)
  })
})
