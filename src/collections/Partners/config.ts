import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrManager, isStaff } from '@/access/predicates'
import { urlField } from '@/fields/contact'
import { uniqueSlugField } from '@/fields/slug'
import { label, option } from '@/i18n/adminLabel'

/** Companies, institutions and media that support events. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: label('Partner', 'Partner'), plural: label('Partneři', 'Partners') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'website'], group: label('Registry', 'Registers') },
  access: { read: anyone, create: isStaff, update: isAdminOrManager, delete: isAdminOrManager },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: label('Název', 'Name') },
    uniqueSlugField('partners', 'name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'company',
      label: label('Druh', 'Kind'),
      options: [option('company', 'Firma', 'Company'), option('institution', 'Instituce', 'Institution'), option('media', 'Médium', 'Media')],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
    urlField(),
    { name: 'description', type: 'textarea', localized: true, maxLength: 1000, label: label('Popis', 'Description') },
  ],
}
