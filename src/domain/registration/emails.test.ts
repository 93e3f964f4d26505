import { describe, expect, it } from 'vitest'

import { emailForStatus, emailStillApplies, registrationEmail } from './emails'

const details = {
  attendeeName: 'Jana Nováková',
  title: 'Krajské setkání Plzeň',
  when: '1. dubna 2025 v 09:00',
  where: 'Krajský úřad Plzeňského kraje, Škroupova 1760/18, Plzeň',
  manageUrl: 'https://municipia.example/registrations/abc',
}

describe('registrationEmail', () => {
  it('confirms in Czech with the details and the secret link', () => {
    const mail = registrationEmail('confirmation', { ...details, locale: 'cs' })
    expect(mail.subject).toBe('Potvrzení registrace: Krajské setkání Plzeň')
    expect(mail.text).toContain('Dobrý den, Jana Nováková,')
    expect(mail.text).toContain('Kde: Krajský úřad Plzeňského kraje')
    expect(mail.text).toContain('https://municipia.example/registrations/abc')
  })
  it('tells the waitlist position in Polish and a notice in English', () => {
    expect(registrationEmail('waitlisted', { ...details, locale: 'pl', waitlistPosition: 3 }).text).toContain('na 3. miejsce')
    const notice = registrationEmail('notice', { ...details, locale: 'en', notice: { title: 'Change of venue', body: 'We meet at the City Hall.' } })
    expect(notice.subject).toBe('Change of venue: Krajské setkání Plzeň')
    expect(notice.text).toContain('We meet at the City Hall.')
  })
})

describe('which e-mail a status change sends', () => {
  it('confirms, waitlists, promotes and cancels, but says nothing on check-in', () => {
    expect(emailForStatus(null, 'confirmed')).toBe('confirmation')
    expect(emailForStatus(null, 'waitlisted')).toBe('waitlisted')
    expect(emailForStatus('waitlisted', 'confirmed')).toBe('promoted')
    expect(emailForStatus('confirmed', 'cancelled')).toBe('cancelled')
    expect(emailForStatus('cancelled', 'confirmed')).toBe('confirmation')
    expect(emailForStatus('confirmed', 'attended')).toBeNull()
  })
  it('drops a confirmation queued before a cancellation, and anything for an erased address', () => {
    expect(emailStillApplies('confirmation', { status: 'cancelled', anonymised: false })).toBe(false)
    expect(emailStillApplies('promoted', { status: 'attended', anonymised: false })).toBe(true)
    expect(emailStillApplies('notice', { status: 'waitlisted', anonymised: false })).toBe(true)
    expect(emailStillApplies('cancelled', { status: 'cancelled', anonymised: true })).toBe(false)
  })
})
