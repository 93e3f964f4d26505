import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Refuses an upload over the collection's limit with a clear 413 naming the file field,
 * instead of the server-wide limit's generic error. Runs before the operation: later hooks see
 * the file after Payload has processed it (re-encoded images, a size Payload no longer sets).
 */
export const limitFileSize =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    const file = req.file
    if (!file || (operation !== 'create' && operation !== 'update')) return args
    const size = file.size ?? file.data.length
    if (size > maxBytes) {
      const megabytes = Math.round(maxBytes / 1024 / 1024)
      const message =
        req.i18n.language === 'cs'
          ? `Soubor je příliš velký: nejvýše ${megabytes} MB.`
          : `The file is too large: at most ${megabytes} MB.`
      // Shaped like a ValidationError's data, so clients read the field name the same way.
      throw new APIError(message, 413, { errors: [{ path: 'file', message }] }, true)
    }
    return args
  }
