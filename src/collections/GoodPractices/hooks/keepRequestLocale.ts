import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API call that reads in another locale within the hook's request (and so its
 * transaction). Payload sets the request's locale to the locale of such a call, which would make
 * the rest of the save write and answer in that locale; this puts it back.
 */
export async function keepRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
