import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = ParsedMail & { envelopeTo: string[] }

export type Mailbox = {
  port: number
  messages: ReceivedMail[]
  /** Resolves with the first message (already received or arriving later) that matches. */
  waitFor: (matches: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  /** SMTP settings for the portal's environment. */
  env: Record<string, string>
  /** Stops accepting connections (a mail server outage); `start` brings it back on the same port. */
  stop: () => Promise<void>
  start: () => Promise<void>
}

/**
 * A real SMTP server on loopback that keeps every message it receives, parsed, so tests can read
 * what the portal sent (subject, text, attachments such as .ics files).
 */
export async function startMailbox(port = 0): Promise<Mailbox> {
  const messages: ReceivedMail[] = []
  const waiters = new Set<() => void>()
  let server: SMTPServer | undefined
  let boundPort = port

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          simpleParser(stream)
            .then((parsed) => {
              messages.push(Object.assign(parsed, { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) }))
              for (const wake of waiters) wake()
              callback()
            })
            .catch(callback)
        },
      })
      server.once('error', reject)
      server.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server?.server.address() as AddressInfo).port
        server?.off('error', reject)
        // A client that drops its connection (a portal shutting down mid-session) is not the
        // mail server's failure; without a listener the 'error' event would end the test process.
        server?.on('error', () => undefined)
        resolve()
      })
    })

  await listen()

  return {
    get port() {
      return boundPort
    },
    messages,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(boundPort),
      SMTP_SECURE: 'false',
      SMTP_IGNORE_TLS: 'true',
    },
    waitFor(matches, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(matches)
          if (!found) return false
          clearTimeout(timer)
          waiters.delete(wake)
          resolve(found)
          return true
        }
        const wake = () => void check()
        const timer = setTimeout(() => {
          waiters.delete(wake)
          reject(new Error(`No matching e-mail within ${timeoutMs} ms; received: ${messages.map((mail) => mail.subject).join(' | ') || 'none'}`))
        }, timeoutMs)
        if (!check()) waiters.add(wake)
      })
    },
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
  }
}
