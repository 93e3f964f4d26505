import type { AfterErrorHook } from 'payload'

import { loggablePath } from '@/domain/observability/redact'
import { REQUEST_ID_HEADER } from '@/domain/observability/requestId'
import { isBadQueryValue } from '@/domain/queryLimits/badQueryValue'
import { isMalformedBody } from '@/domain/validation/requestInput'

/**
 * Ties a failed API request to its id (set by src/proxy.ts and returned to the client in the
 * X-Request-Id header), so a report "it failed, id …" leads to the log lines. Payload logs the
 * error itself; this line says which request it belonged to and what it was answered.
 */
export const logFailedRequest: AfterErrorHook = ({ error, req }) => {
  // The hooks that turn the client's mistakes into a 400 run beside this one (payload.config.ts).
  const status = isBadQueryValue(error) || isMalformedBody(error) ? 400 : ((error as { status?: number }).status ?? 500)
  const line = { requestId: req.headers?.get(REQUEST_ID_HEADER) ?? undefined, method: req.method, path: loggablePath(req.pathname ?? ''), status }
  if (status >= 500) req.payload.logger.error(line, 'request failed')
  else req.payload.logger.info(line, 'request refused')
}
