import { describe, expect, it } from 'vitest'

import { loggablePath, redactLogArguments, redactPersonalData, redactText } from './redact'

const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiZW1haWwiOiJqYW5hQG9iZWMuY3oifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ'
const linkToken = 'Q2hyb25vbG9naWNhbGx5LXNlY3JldC10b2tlbi1oZXJlLTQz'

describe('redactText', () => {
  it('masks e-mail addresses, JWTs and long random tokens in free text', () => {
    expect(redactText('Value must be unique: jana.novakova@obec-plzen.cz')).toBe('Value must be unique: [e-mail]')
    expect(redactText('Žádost od starosta@městys.cz přijata')).toBe('Žádost od [e-mail] přijata')
    expect(redactText(`Authorization: JWT ${jwt}`)).toBe('Authorization: JWT [token]')
    expect(redactText(`/registrations/${linkToken}`)).toBe('/registrations/[token]')
  })

  it('leaves ordinary words, ids and slugs alone', () => {
    expect(redactText('Migrated: 20261123_072245_event_registration (41ms)')).toBe('Migrated: 20261123_072245_event_registration (41ms)')
    expect(redactText('/events/krajske-setkani-plzen-2025/register')).toBe('/events/krajske-setkani-plzen-2025/register')
  })
})

describe('redactPersonalData', () => {
  it('replaces personal and secret fields whole, at any depth', () => {
    expect(
      redactPersonalData({
        msg: 'registered',
        collection: 'registrations',
        data: { attendeeName: 'Jana Nováková', email: 'jana@obec.cz', phone: '+420 377 000 000', status: 'confirmed', password: 'x', firstName: 'Jana', lastName: 'Nováková' },
        headers: { authorization: `JWT ${jwt}`, cookie: 'payload-token=abc' },
        list: [{ cancelTokenHash: 'abc', linkSalt: 'def' }],
        name: 'ValidationError',
      }),
    ).toEqual({
      msg: 'registered',
      collection: 'registrations',
      data: { attendeeName: '[redacted]', email: '[redacted]', phone: '[redacted]', status: 'confirmed', password: '[redacted]', firstName: '[redacted]', lastName: '[redacted]' },
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
      list: [{ cancelTokenHash: '[redacted]', linkSalt: '[redacted]' }],
      name: 'ValidationError',
    })
  })

  it('turns an error into its type, masked message and stack, with its cause', () => {
    const error = new Error('duplicate key jana@obec.cz', { cause: new Error(`token ${jwt}`) })
    const redacted = redactPersonalData(error) as { type: string; message: string; stack: string; cause: { message: string } }
    expect(redacted.type).toBe('Error')
    expect(redacted.message).toBe('duplicate key [e-mail]')
    expect(redacted.stack).not.toContain('jana@obec.cz')
    expect(redacted.cause.message).toBe('token [token]')
  })
})

describe('redactLogArguments', () => {
  it('logs an error as { err } with its masked message', () => {
    const [object, message] = redactLogArguments([new Error('No user jana@obec.cz')])
    expect(message).toBe('No user [e-mail]')
    expect((object as { err: { message: string } }).err.message).toBe('No user [e-mail]')
  })

  it('masks objects and format arguments alike', () => {
    expect(redactLogArguments([{ email: 'a@b.cz', requestId: 'r1' }, 'sent to %s', 'a@b.cz'])).toEqual([{ email: '[redacted]', requestId: 'r1' }, 'sent to %s', '[e-mail]'])
  })
})

it('logs a path without its query string and secret link', () => {
  expect(loggablePath(`/en/registrations/${linkToken}?registered=1`)).toBe('/en/registrations/[token]')
})
