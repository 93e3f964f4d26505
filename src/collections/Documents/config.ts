import type { CollectionConfig } from 'payload'

import { audienceOrStaff, isStaff, staffOfDocumentAssociation } from '@/access/predicates'
import { mediaFolder } from '@/config/media'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { screenUpload } from '@/hooks/screenUpload'
import { label } from '@/i18n/adminLabel'

import { limitFileSize } from './limitFileSize'

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]

/** PDF, DOCX, XLSX and PPTX files; members-only files are served only through access-checked URLs. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: label('Dokument', 'Document'), plural: label('Dokumenty', 'Documents') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'filename', 'audience', 'association'], group: label('Soubory', 'Files') },
  access: { read: audienceOrStaff, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  hooks: { beforeOperation: [limitFileSize(MAX_DOCUMENT_BYTES), screenUpload] },
  upload: {
    staticDir: mediaFolder('documents'),
    mimeTypes: DOCUMENT_MIME_TYPES,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: label('Název', 'Title') },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000, label: label('Popis', 'Description') },
    associationField(),
    audienceField(),
  ],
}
