import { describe, expect, it } from 'vitest'

import { emailDomain, emailMatchesWebsite, websiteDomain } from './autoApproval'

describe('automatic approval by e-mail domain', () => {
  it.each([
    ['starosta@obec-lhota.cz', 'https://www.obec-lhota.cz'],
    ['Starosta@Obec-Lhota.CZ', 'https://www.obec-lhota.cz/'],
    ['podatelna@obec-lhota.cz', 'http://obec-lhota.cz/kontakty'],
    ['tajemnik@urad.mesto-pisek.cz', 'https://www.mesto-pisek.cz'],
    ['wojt@gmina-stare-babice.pl', 'https://www.gmina-stare-babice.pl'],
    ['starosta@obec-lhotá.cz', 'https://www.xn--obec-lhot-81a.cz'],
  ])('approves %s for %s', (email, website) => {
    expect(emailMatchesWebsite(email, website)).toBe(true)
  })

  it.each([
    ['starosta@obec-lhota.cz', 'https://www.obec-lhotka.cz', 'another municipality'],
    ['starosta@lhota.cz', 'https://www.obec-lhota.cz', 'a name that merely ends the same'],
    ['kdokoli@webnode.cz', 'https://obec-lhota.webnode.cz', 'the hosting provider of the website'],
    ['obec.lhota@seznam.cz', 'https://www.seznam.cz', 'a free mail provider'],
    ['starosta@obec-lhota.cz', null, 'no website'],
    ['starosta@obec-lhota.cz', 'ftp://obec-lhota.cz', 'not a web address'],
    ['starosta@obec-lhota.cz', 'obec-lhota', 'not an address at all'],
    ['starosta.obec-lhota.cz', 'https://www.obec-lhota.cz', 'no @ in the e-mail'],
    ['starosta@obec-lhota.cz.evil.com', 'https://www.obec-lhota.cz', 'the website domain inside another domain'],
    ['starosta@localhost', 'http://localhost', 'a host without a dot'],
  ])('does not approve %s for %s (%s)', (email, website, _reason) => {
    expect(emailMatchesWebsite(email, website)).toBe(false)
  })

  it('reads the domains the comparison uses', () => {
    expect(emailDomain(' Jana.Novakova@Mesto-Pisek.cz ')).toBe('mesto-pisek.cz')
    expect(emailDomain('@mesto-pisek.cz')).toBeUndefined()
    expect(websiteDomain('https://WWW.Mesto-Pisek.cz:443/urad')).toBe('mesto-pisek.cz')
  })
})
