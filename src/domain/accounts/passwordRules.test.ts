import { describe, expect, it } from 'vitest'

import { PASSWORD_MAX_LENGTH, passwordProblem } from './passwordRules'

describe('password rules', () => {
  it.each(['Lípa na návsi 1887', 'correct horse battery staple', 'municipia-demo', 'k8#Vq2!zR0pL'])('accepts %j', (password) => {
    expect(passwordProblem(password, { email: 'jana.novakova@obec-lhota.cz' })).toBeNull()
  })

  it.each([
    ['short', 'too-short'],
    ['ěščřžýáí', 'too-short'],
    ['x'.repeat(PASSWORD_MAX_LENGTH + 1), 'too-long'],
    ['password123', 'too-common'],
    ['Heslo12345', 'too-common'],
    ['1234567890', 'too-common'],
    ['0987654321', 'too-common'],
    ['aaaaaaaaaaaa', 'too-common'],
    ['abcabcabcabc', 'too-common'],
    ['qwertyuiop', 'too-common'],
    ['jana.novakova2025', 'contains-email'],
  ] as const)('refuses %j as %s', (password, problem) => {
    expect(passwordProblem(password, { email: 'jana.novakova@obec-lhota.cz' })).toBe(problem)
  })

  it('counts characters, not bytes, so Czech and Polish letters are not penalised', () => {
    expect(passwordProblem('žluťoučký1')).toBeNull()
  })
})
