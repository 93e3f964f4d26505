import type { CollectionConfig } from 'payload'

import { anyone, staffOfDocumentAssociation, isStaff, ownAssociationInAdmin } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { documentsField, richTextField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label, option } from '@/i18n/adminLabel'

/** Advisory bodies of an association, such as the informatics commission (KISMO). */
export const Commissions: CollectionConfig = {
  slug: 'commissions',
  labels: { singular: label('Komise', 'Commission'), plural: label('Komise', 'Commissions') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'abbreviation', 'association'], group: label('Organizace', 'Organisations') , baseFilter: ownAssociationInAdmin },
  access: { read: anyone, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  fields: [
    associationField(),
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 200, label: label('Název', 'Name') },
    { name: 'abbreviation', type: 'text', maxLength: 20, label: label('Zkratka', 'Abbreviation') },
    uniqueSlugField('commissions', 'name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'advisory-body',
      label: label('Druh', 'Kind'),
      options: [
        option('advisory-body', 'Poradní orgán', 'Advisory body'),
        option('working-group', 'Pracovní skupina', 'Working group'),
        option('committee', 'Výbor', 'Committee'),
      ],
    },
    richTextField('mission', 'Poslání', 'Mission'),
    { name: 'chair', type: 'relationship', relationTo: 'people', label: label('Předseda', 'Chair') },
    {
      name: 'members',
      type: 'array',
      label: label('Členové', 'Members'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'person', type: 'relationship', relationTo: 'people', required: true, label: label('Osoba', 'Person') },
            { name: 'role', type: 'text', localized: true, maxLength: 120, label: label('Role', 'Role') },
            { name: 'municipality', type: 'relationship', relationTo: 'municipalities', label: label('Obec', 'Municipality') },
          ],
        },
      ],
    },
    {
      name: 'activityAreas',
      type: 'array',
      label: label('Oblasti činnosti', 'Activity areas'),
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: label('Oblast', 'Area') },
        { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: label('Popis', 'Description') },
      ],
    },
    {
      name: 'cooperatingBodies',
      type: 'array',
      label: label('Spolupracuje s', 'Cooperating bodies'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, maxLength: 200, label: label('Název', 'Name') },
            {
              name: 'scope',
              type: 'select',
              defaultValue: 'national',
              label: label('Úroveň', 'Scope'),
              options: [option('national', 'Národní', 'National'), option('international', 'Mezinárodní', 'International')],
            },
          ],
        },
      ],
    },
    {
      name: 'communicationChannels',
      type: 'array',
      label: label('Komunikační kanály', 'Communication channels'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              label: label('Druh', 'Kind'),
              options: [
                option('email-conference', 'E-mailová konference', 'E-mail conference'),
                option('events', 'Konference a semináře', 'Conferences and seminars'),
                option('website', 'Web', 'Website'),
                option('other', 'Jiný', 'Other'),
              ],
            },
            { name: 'label', type: 'text', localized: true, maxLength: 200, label: label('Popis', 'Label') },
            { name: 'address', type: 'text', maxLength: 300, label: label('Adresa / odkaz', 'Address or link') },
          ],
        },
      ],
    },
    documentsField('reports', 'Zprávy a prezentace', 'Reports and presentations'),
  ],
}
