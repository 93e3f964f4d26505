import type { CollectionConfig } from 'payload'

import { anyone, ownAssociationInAdmin, staffOfDocumentAssociation } from '@/access/predicates'
import { isApprovedMember, staffOf } from '@/access/roles'
import { mediaFolder } from '@/config/media'
import { associationField } from '@/fields/association'
import { screenUpload } from '@/hooks/screenUpload'
import { label } from '@/i18n/adminLabel'

import { limitFileSize } from '../Documents/limitFileSize'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

/**
 * Images. Every size is re-encoded to WebP by sharp; alternative text is required in each
 * language. Images are public; staff change only their associations' images, and approved
 * members upload their municipality's coat of arms.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Obrázek', 'Image'), plural: label('Obrázky', 'Images') },
  admin: { useAsTitle: 'alt', group: label('Soubory', 'Files'), baseFilter: ownAssociationInAdmin },
  access: {
    read: anyone,
    create: ({ req }) => staffOf(req) !== null || isApprovedMember(req),
    update: staffOfDocumentAssociation,
    delete: staffOfDocumentAssociation,
  },
  hooks: { beforeOperation: [limitFileSize(MAX_IMAGE_BYTES), screenUpload] },
  upload: {
    staticDir: mediaFolder('images'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: label('Alternativní text', 'Alternative text'),
      admin: { description: label('Popište, co obrázek sděluje, pro čtečky obrazovky.', 'Describe what the image conveys, for screen readers.') },
    },
    { name: 'credit', type: 'text', maxLength: 200, label: label('Autor / zdroj', 'Credit') },
    {
      ...associationField({ required: false }),
      access: { create: ({ req }) => staffOf(req) !== null, update: ({ req }) => staffOf(req) !== null },
      admin: {
        position: 'sidebar',
        description: label('Bez svazu smí obrázek měnit jen administrátor.', 'Without an association only admins may change the image.'),
      },
    },
  ],
}
