import type { AfterErrorHook } from 'payload'

import { badQueryMessage, isBadQueryValue } from '@/domain/queryLimits/badQueryValue'

/**
 * A read whose query carries a value of the wrong kind (see src/domain/queryLimits) is answered
 * with a 400 that says so, instead of a 500. Every other error keeps its status.
 */
export const badQueryValueIs400: AfterErrorHook = ({ error, req }) => {
  if (req.method !== 'GET' || !isBadQueryValue(error)) return
  const message = badQueryMessage(req.i18n?.language ?? 'cs')
  return { response: { errors: [{ message }] }, status: 400 }
}
