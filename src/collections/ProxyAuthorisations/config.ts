import type { CollectionConfig } from 'payload'

import { isStaff, staffOfDocumentAssociation } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { AUTHORISATION_TYPES, MAX_AUTHORISATION_BYTES } from '@/domain/registration/input'
import { mediaFolder } from '@/config/media'
import { screenUpload } from '@/hooks/screenUpload'
import { label } from '@/i18n/adminLabel'

import { limitFileSize } from '../Documents/limitFileSize'

/**
 * Powers of attorney uploaded with assembly registrations. Personal documents: only staff of the
 * organising association may open them (the file URL is access-checked like the record).
 */
export const ProxyAuthorisations: CollectionConfig = {
  slug: 'proxy-authorisations',
  labels: { singular: label('Plná moc', 'Authorisation'), plural: label('Plné moci', 'Authorisations') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'filename', 'association', 'createdAt'], group: label('Akce', 'Events') },
  access: { read: staffOfDocumentAssociation, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  hooks: { beforeOperation: [limitFileSize(MAX_AUTHORISATION_BYTES), screenUpload] },
  upload: { staticDir: mediaFolder('authorisations'), mimeTypes: [...AUTHORISATION_TYPES] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: label('Popis', 'Description') },
    associationField({ label: label('Pořádající svaz', 'Organising association') }),
  ],
}
