import { describe, expect, it } from 'vitest'

import { checkQuestion, questionMail } from './question'

describe('checkQuestion', () => {
  it('accepts a question of a reasonable length, trimmed', () => {
    expect(checkQuestion('  Kolik stál kompostér?  ')).toEqual({ text: 'Kolik stál kompostér?', problem: null })
  })
  it.each([
    ['', { problem: 'required' }],
    ['Cena?', { problem: 'tooShort' }],
    ['x'.repeat(4001), { problem: 'tooLong', max: 4000 }],
  ])('refuses %j', (message, problem) => {
    expect(checkQuestion(message)).toEqual({ text: null, problem })
  })
})

describe('questionMail', () => {
  it('introduces the asker, quotes the question and says the contact’s address stays private', () => {
    const mail = questionMail({
      locale: 'cs',
      asker: 'Petr Schválený',
      municipality: 'Kozojedy',
      title: 'Kompostéry pro domácnosti',
      message: 'Kolik stál jeden kompostér?',
      url: 'https://portal.example/good-practices/kompostery',
    })
    expect(mail.subject).toBe('Dotaz k dobré praxi: Kompostéry pro domácnosti')
    expect(mail.text).toContain('Petr Schválený (Kozojedy)')
    expect(mail.text).toContain('Kolik stál jeden kompostér?')
    expect(mail.text).toContain('Vaši adresu jsme mu nesdělili.')
  })
})
