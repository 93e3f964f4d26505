import { pino, type LoggerOptions } from 'pino'

import { redactLogArguments, redactPersonalData } from '@/domain/observability/redact'

/**
 * Payload's logger (pino). In production one JSON object per line (level, ISO time, msg, and the
 * request id where a hook logs one) for a log collector, with personal data and secrets masked
 * before anything is written (src/domain/observability/redact.ts). Elsewhere Payload's readable
 * default (`undefined`), for a developer's own data. LOG_FORMAT=json|pretty overrides the choice.
 */
export function loggerConfig(env: NodeJS.ProcessEnv = process.env): { options: LoggerOptions } | undefined {
  const json = env.LOG_FORMAT ? env.LOG_FORMAT === 'json' : env.NODE_ENV === 'production'
  if (!json) return undefined
  return {
    options: {
      name: 'municipia',
      level: env.LOG_LEVEL || 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: {
        logMethod(args, method) {
          // pino's own signature is (obj | msg, ...args); the masked copy keeps that shape.
          method.apply(this, redactLogArguments(args) as Parameters<typeof method>)
        },
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactPersonalData(object) as Record<string, unknown>,
      },
    },
  }
}
