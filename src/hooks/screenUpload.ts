import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { normaliseFileName } from '@/domain/uploads/fileName'

const message = (req: PayloadRequest, czech: string, english: string): string => (req.i18n.language === 'cs' ? czech : english)

const readableTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'image/gif': 'GIF',
  'application/x-msdownload': 'EXE',
  'application/x-elf': 'ELF',
}

/**
 * Every upload is judged by its content, never by its name or declared MIME type: the type
 * `file-type` reads from the bytes must be one the collection allows. Text formats (HTML, SVG,
 * scripts) have no signature and are therefore refused, as is a program renamed `.pdf` or
 * `.jpg`. Payload checks types too, but falls back to the extension when the content is not
 * recognised and words its errors for developers; this runs first and answers in the
 * visitor's language, naming the `file` field. An accepted file is stored under a normalised
 * name with the extension of its real type.
 */
export const screenUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const allowed = typeof collection.upload === 'object' ? (collection.upload.mimeTypes ?? []) : []
  const allowedNames = allowed.map((type) => readableTypes[type] ?? type).join(', ')

  const detected = file.tempFilePath && file.data.length === 0 ? await fileTypeFromFile(file.tempFilePath) : await fileTypeFromBuffer(file.data)
  if (!detected || !allowed.includes(detected.mime)) {
    const what = detected ? (readableTypes[detected.mime] ?? detected.mime) : null
    const text = message(
      req,
      `Soubor „${file.name}“ nelze nahrát: ${what ? `jeho obsah je typu ${what}` : 'jeho obsah neodpovídá žádnému povolenému typu'}. Povolené typy: ${allowedNames}.`,
      `The file “${file.name}” cannot be uploaded: ${what ? `its content is ${what}` : 'its content matches none of the allowed types'}. Allowed types: ${allowedNames}.`,
    )
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: text }] }, req.t)
  }
  req.file = { ...file, mimetype: detected.mime, name: normaliseFileName(file.name, detected.ext) }
  return args
}
