import { describe, expect, it } from 'vitest'

import { signUpProblems, type SignUpInput } from './signUp'

const valid: SignUpInput = {
  firstName: 'Jana',
  lastName: 'Nováková',
  email: 'starostka@obec-lhota.cz',
  password: 'Lípa na návsi 1887',
  municipality: '12',
  position: 'mayor',
  phone: '+420 257 280 853',
  preferredLanguage: 'cs',
}

describe('the sign-up form', () => {
  it('has nothing to say about a complete form', () => {
    expect(signUpProblems(valid)).toEqual({})
  })

  it('names every field that is missing or wrong', () => {
    expect(
      signUpProblems({ ...valid, firstName: ' ', email: 'starostka@', password: 'heslo', municipality: '', position: 'king', phone: 'volejte', preferredLanguage: 'de' }),
    ).toEqual({
      firstName: { kind: 'required' },
      email: { kind: 'invalid-email' },
      password: { kind: 'password', problem: 'too-short' },
      municipality: { kind: 'required' },
      position: { kind: 'choice' },
      phone: { kind: 'invalid-phone' },
      preferredLanguage: { kind: 'choice' },
    })
  })

  it('refuses names longer than the account can store', () => {
    expect(signUpProblems({ ...valid, lastName: 'x'.repeat(81) })).toEqual({ lastName: { kind: 'too-long', max: 80 } })
  })
})
