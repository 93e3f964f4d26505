import path from 'node:path'

/**
 * Where uploaded files are kept: `MEDIA_DIR` (default `media` in the working directory), with
 * one folder per upload collection. Backups read it and restores write it, and tests point it
 * at a temporary folder.
 */
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || 'media')

export const mediaFolder = (collection: 'images' | 'documents' | 'partnership-attachments' | 'authorisations'): string => path.join(mediaDir(), collection)
