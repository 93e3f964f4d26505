import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrManager, isStaff } from '@/access/predicates'
import { formatPersonName } from '@/domain/people/personName'
import { contactGroup } from '@/fields/contact'
import { label } from '@/i18n/adminLabel'

/** Contact persons, patrons, speakers, lecturers and commission members. */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: label('Osoba', 'Person'), plural: label('Osoby', 'People') },
  admin: { useAsTitle: 'displayName', defaultColumns: ['displayName', 'office', 'organisation'], group: label('Registry', 'Registers') },
  access: { read: anyone, create: isStaff, update: isAdminOrManager, delete: isAdminOrManager },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'titlesBefore', type: 'text', maxLength: 40, label: label('Tituly před jménem', 'Titles before name') },
        { name: 'firstName', type: 'text', required: true, maxLength: 80, label: label('Jméno', 'First name') },
        { name: 'lastName', type: 'text', required: true, maxLength: 80, label: label('Příjmení', 'Last name') },
        { name: 'titlesAfter', type: 'text', maxLength: 40, label: label('Tituly za jménem', 'Titles after name') },
      ],
    },
    {
      name: 'displayName',
      type: 'text',
      admin: { readOnly: true, hidden: true },
      hooks: { beforeChange: [({ siblingData }) => formatPersonName(siblingData)] },
    },
    { name: 'office', type: 'text', localized: true, maxLength: 200, label: label('Funkce', 'Office') },
    { name: 'organisation', type: 'text', localized: true, maxLength: 200, label: label('Organizace', 'Organisation') },
    contactGroup(),
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('Fotografie', 'Photo') },
    { name: 'bio', type: 'textarea', localized: true, maxLength: 2000, label: label('Krátký životopis', 'Short bio') },
  ],
}
