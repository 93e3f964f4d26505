import { describe, expect, it } from 'vitest'

import { fieldErrorsOf, publicMessageOf } from './payloadErrors'

describe('reading Payload errors by their shape', () => {
  it('finds the field errors of a refused write, whatever class threw them', () => {
    const refused = Object.assign(new Error('The following field is invalid: consent'), {
      status: 400,
      isPublic: true,
      data: { collection: 'partnership-requests', errors: [{ path: 'consent', message: 'Souhlas: vyplňte prosím' }] },
    })
    expect(fieldErrorsOf(refused)).toEqual([{ path: 'consent', message: 'Souhlas: vyplňte prosím' }])
    expect(fieldErrorsOf(new Error('disk full'))).toBeNull()
    expect(fieldErrorsOf(undefined)).toBeNull()
  })

  it('passes on only messages meant for the user', () => {
    expect(publicMessageOf(Object.assign(new Error('Formulář už nepřijímá odpovědi.'), { isPublic: true, status: 409 }))).toBe('Formulář už nepřijímá odpovědi.')
    expect(publicMessageOf(Object.assign(new Error('SQLITE_BUSY'), { isPublic: false }))).toBeNull()
  })
})
