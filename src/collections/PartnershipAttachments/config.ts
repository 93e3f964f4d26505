import type { Access, CollectionConfig, Where } from 'payload'

import { anyone, staffOfDocumentAssociation } from '@/access/predicates'
import { memberOf, scopedAssociations, staffOf } from '@/access/roles'
import { mediaFolder } from '@/config/media'
import { screenUpload } from '@/hooks/screenUpload'
import { label } from '@/i18n/adminLabel'

import { limitFileSize } from '../Documents/limitFileSize'
import { officeOnly } from '../PartnershipRequests/access'

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

/**
 * Signed application forms hold personal data: only the handling office and the member who
 * uploaded one may read it (Payload checks this for the file URL too), unlike `documents`,
 * whose members-only files every approved member may read.
 */
const readAttachments: Access = ({ req }) => {
  const staff = staffOf(req)
  if (staff) {
    const associations = scopedAssociations(staff)
    const ofOffice: Where = { association: { in: associations ?? [] } }
    return associations === null ? true : ofOffice
  }
  const member = memberOf(req)
  const ownUpload: Where = { uploadedBy: { equals: member?.id } }
  return member ? ownUpload : false
}

export const PartnershipAttachments: CollectionConfig = {
  slug: 'partnership-attachments',
  labels: { singular: label('Příloha žádosti', 'Application attachment'), plural: label('Přílohy žádostí', 'Application attachments') },
  admin: { useAsTitle: 'filename', group: label('Partnerství', 'Partnerships'), defaultColumns: ['filename', 'association', 'createdAt'] },
  // Changing or removing a signed form is for the office that handles it, like reading it.
  access: { read: readAttachments, create: anyone, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  hooks: {
    beforeOperation: [limitFileSize(MAX_ATTACHMENT_BYTES), screenUpload],
    beforeChange: [
      ({ data, operation, req }) => {
        const member = memberOf(req)
        if (operation === 'create' && member) data.uploadedBy = member.id
        return data
      },
    ],
  },
  upload: { staticDir: mediaFolder('partnership-attachments'), mimeTypes: ['application/pdf'] },
  fields: [
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      index: true,
      label: label('Vyřizující úřad', 'Handling office'),
      access: { create: officeOnly, update: officeOnly },
      admin: { readOnly: true },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Nahrál člen', 'Uploaded by'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
  ],
}
