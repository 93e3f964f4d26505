/** The header that carries a request's id from the front proxy (nginx) through the portal to its logs and back to the client. */
export const REQUEST_ID_HEADER = 'x-request-id'

// An id chosen by our own front proxy is kept; anything longer or with other characters could
// forge log lines or carry data, so it is replaced.
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,128}$/

/** The id a request is logged under: the one the front proxy gave it if acceptable, else a new one. */
export function requestIdFor(incoming: string | null | undefined, generate: () => string): string {
  return incoming && ACCEPTABLE.test(incoming) ? incoming : generate()
}
