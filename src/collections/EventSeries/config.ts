import type { CollectionConfig } from 'payload'

import { anyone, isStaff, ownAssociationInAdmin, staffOfDocumentAssociation } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { richTextField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label } from '@/i18n/adminLabel'

/** A run of related events, e.g. the seven regional meetings of 2025. */
export const EventSeries: CollectionConfig = {
  slug: 'event-series',
  labels: { singular: label('Série akcí', 'Event series'), plural: label('Série akcí', 'Event series') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'association'], group: label('Akce', 'Events') , baseFilter: ownAssociationInAdmin },
  access: { read: anyone, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  fields: [
    titleField(),
    uniqueSlugField('event-series'),
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: label('Rok', 'Year') },
    associationField({ label: label('Pořadatel', 'Organiser') }),
    richTextField('intro', 'Úvod', 'Introduction'),
    { name: 'contactPerson', type: 'relationship', relationTo: 'people', label: label('Kontaktní osoba', 'Contact person') },
  ],
}
