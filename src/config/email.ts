import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Real SMTP when `SMTP_HOST` is set (production, and the loopback SMTP server in tests);
 * otherwise Payload writes e-mails to the log, which is enough for a local demo.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM_ADDRESS || 'portal@municipia.local',
    defaultFromName: env.MAIL_FROM_NAME || 'Municipia',
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
      ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
    },
  })
}
