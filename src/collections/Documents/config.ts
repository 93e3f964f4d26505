import type { CollectionConfig } from 'payload'

import { documentsRead, isStaff, membersOnlyField, ownAssociationInAdmin, staffOfDocumentAssociation } from '@/access/predicates'
import { mediaFolder } from '@/config/media'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { screenUpload } from '@/hooks/screenUpload'
import { label, option } from '@/i18n/adminLabel'

import { limitFileSize } from './limitFileSize'

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]

/** Where the file is: hidden from the listing of a members-only document for visitors (the file URL itself is refused by `documentsRead`). */
const fileFieldOfMembersOnly = (name: 'url' | 'filename' | 'thumbnailURL') => ({ name, type: 'text' as const, access: { read: membersOnlyField } })

/**
 * PDF, DOCX, XLSX and PPTX files. Public and members-only documents are listed to everyone
 * (members-only ones as title and description only); the file of a members-only document is
 * served to approved members and staff. Internal documents (signed forms, proxy authorisations)
 * stay with the staff of their association.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: label('Dokument', 'Document'), plural: label('Dokumenty', 'Documents') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'audience', 'association'],
    group: label('Soubory', 'Files'),
    baseFilter: ownAssociationInAdmin,
  },
  access: { read: documentsRead, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  forceSelect: { audience: true },
  hooks: { beforeOperation: [limitFileSize(MAX_DOCUMENT_BYTES), screenUpload] },
  upload: {
    staticDir: mediaFolder('documents'),
    mimeTypes: DOCUMENT_MIME_TYPES,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: label('Název', 'Title') },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000, label: label('Popis', 'Description') },
    associationField(),
    {
      ...audienceField(),
      options: [
        option('public', 'Veřejnost', 'Public'),
        option('members', 'Jen členové', 'Members only'),
        option('internal', 'Jen pracovníci svazu', 'Association staff only'),
      ],
    },
    fileFieldOfMembersOnly('url'),
    fileFieldOfMembersOnly('filename'),
    fileFieldOfMembersOnly('thumbnailURL'),
  ],
}
