import { describe, expect, it } from 'vitest'

import { composeApplicationEmail } from './emails'

const context = { reference: 'PR-2026-0007', applicantName: 'Město Kolín', contactName: 'Jana Nováková', link: 'https://portal.example/partnerships/applications/7' }

describe('e-mails to applicants', () => {
  it('confirms a submission with the reference, in the applicant’s language', () => {
    const czech = composeApplicationEmail(context, { kind: 'confirmation' }, 'cs')
    expect(czech.subject).toBe('Žádost o zahraničního partnera PR-2026-0007 přijata')
    expect(czech.text).toContain('Dobrý den, Jana Nováková,')
    expect(czech.text).toContain('číslo PR-2026-0007')
    const polish = composeApplicationEmail(context, { kind: 'confirmation' }, 'pl')
    expect(polish.subject).toBe('Wniosek o partnera zagranicznego PR-2026-0007 przyjęty')
  })

  it('tells the new status with the proposed partner and the office’s message', () => {
    const email = composeApplicationEmail(
      context,
      { kind: 'status', status: 'partner-proposed', proposedPartner: 'Gmina Oleśnica', message: 'Gmina má zájem o výměny škol.' },
      'cs',
    )
    expect(email.subject).toBe('Žádost PR-2026-0007: Navržen partner')
    expect(email.text).toContain('Navrhovaný partner: Gmina Oleśnica')
    expect(email.text).toContain('Zpráva úřadu:\nGmina má zájem o výměny škol.')
    expect(email.html).toContain(`<a href="${context.link}">`)
  })

  it('escapes what the office wrote in the HTML part', () => {
    const email = composeApplicationEmail({ ...context, link: null }, { kind: 'status', status: 'declined', message: '<script>x</script> & co' }, 'en')
    expect(email.html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co')
    expect(email.html).not.toContain('<script>')
    expect(email.text).not.toContain('portal')
  })
})
