import type { AfterErrorHook } from 'payload'

import { isMalformedBody, malformedBodyMessage } from '@/domain/validation/requestInput'

/** A request body the multipart parser cannot read is answered with a 400 that says so, not a 500. */
export const malformedBodyIs400: AfterErrorHook = ({ error, req }) => {
  if (!isMalformedBody(error)) return
  return { response: { errors: [{ message: malformedBodyMessage(req.i18n?.language ?? 'cs') }] }, status: 400 }
}
