import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { loggerConfig } from './logger'

/** A pino logger built from our config, writing into an array of parsed JSON lines. */
function capture() {
  const config = loggerConfig({ NODE_ENV: 'production' })
  if (!config) throw new Error('production must log JSON')
  const lines: Record<string, unknown>[] = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  return { logger: pino(config.options, destination), lines }
}

describe('the production logger', () => {
  it('writes one JSON object per line with level name, ISO time and the request id', () => {
    const { logger, lines } = capture()
    logger.info({ requestId: '5b0f1c2e-request', path: '/api/news' }, 'request')
    expect(lines[0]).toMatchObject({ level: 'info', name: 'municipia', msg: 'request', requestId: '5b0f1c2e-request', path: '/api/news' })
    expect(new Date(String(lines[0]?.time)).toISOString()).toBe(lines[0]?.time)
  })

  it('never writes e-mails, names, passwords or tokens', () => {
    const { logger, lines } = capture()
    logger.error(new Error('Value must be unique: jana.novakova@obec-plzen.cz'))
    logger.warn({ data: { attendeeName: 'Jana Nováková', email: 'jana.novakova@obec-plzen.cz', password: 'Heslo-2025' }, token: 'abc' }, 'refused registration of %s', 'jana.novakova@obec-plzen.cz')
    logger.info('link /registrations/Q2hyb25vbG9naWNhbGx5LXNlY3JldC10b2tlbi1oZXJlLTQz opened')
    const written = JSON.stringify(lines)
    for (const secret of ['jana.novakova', 'Nováková', 'Heslo-2025', 'Q2hyb25vbG9naWNhbGx5']) expect(written).not.toContain(secret)
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'Value must be unique: [e-mail]', err: { message: 'Value must be unique: [e-mail]' } })
    expect((lines[0]?.err as { stack?: string }).stack).toMatch(/^Error: Value must be unique: \[e-mail\]\n\s+at /)
    expect(lines[1]).toMatchObject({ msg: 'refused registration of [e-mail]', data: { attendeeName: '[redacted]', email: '[redacted]', password: '[redacted]' }, token: '[redacted]' })
  })

  it('stays Payload’s readable default outside production, unless LOG_FORMAT=json', () => {
    expect(loggerConfig({ NODE_ENV: 'development' })).toBeUndefined()
    expect(loggerConfig({ NODE_ENV: 'development', LOG_FORMAT: 'json' })).toBeDefined()
    expect(loggerConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' })).toBeUndefined()
  })
})
