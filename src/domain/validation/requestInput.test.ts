import { describe, expect, it } from 'vitest'

import { isDocumentId, isMalformedBody, malformedBodyMessage } from './requestInput'

describe('isMalformedBody', () => {
  it.each(['Unexpected end of form', 'Malformed part header', 'Multipart: Boundary not found', 'Unsupported content type: text/x-foo', 'Malformed urlencoded form', 'Request is not eligible for file upload'])(
    'recognises the multipart parser’s “%s”',
    (message) => expect(isMalformedBody(new Error(message))).toBe(true),
  )

  it.each(['SQLITE_BUSY: database is locked', "Cannot read properties of undefined (reading 'id')", ''])('leaves “%s” a server error', (message) => {
    expect(isMalformedBody(new Error(message))).toBe(false)
  })

  it('says so in Czech and English', () => {
    expect(malformedBodyMessage('cs')).toMatch(/^Tělo požadavku je poškozené/)
    expect(malformedBodyMessage('en')).toMatch(/^The request body is damaged/)
  })
})

describe('isDocumentId', () => {
  it.each([1, 42, '42', '65f1c0ffee65f1c0ffee65f1'])('accepts %s', (value) => expect(isDocumentId(value)).toBe(true))
  it.each([0, -1, 1.5, Number.NaN, '1e309', '', '0', '01', 'abc', '9'.repeat(30), { id: 1 }, null, undefined, [1]])('refuses %s', (value) => {
    expect(isDocumentId(value)).toBe(false)
  })
})
