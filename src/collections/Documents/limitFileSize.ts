import { APIError, type CollectionBeforeValidateHook } from 'payload'

/**
 * Refuses an upload over the collection's limit with a clear 413 naming the file field,
 * instead of the server-wide limit's generic error.
 */
export const limitFileSize =
  (maxBytes: number): CollectionBeforeValidateHook =>
  ({ req, data }) => {
    const size = req.file?.size
    if (size !== undefined && size > maxBytes) {
      const megabytes = Math.round(maxBytes / 1024 / 1024)
      const message =
        req.i18n.language === 'cs'
          ? `Soubor je příliš velký: nejvýše ${megabytes} MB.`
          : `The file is too large: at most ${megabytes} MB.`
      throw new APIError(message, 413, [{ path: 'file', message }], true)
    }
    return data
  }
