import type { CollectionConfig } from 'payload'

import { editorialAccess, ownAssociationInAdmin, ownAssociationOptions } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { urlField } from '@/fields/contact'
import { editorialVersions, peopleField, publishedAtField, richTextField, summaryField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label, option } from '@/i18n/adminLabel'

import { reviewFields, reviewHooks } from '../editorial/review'

export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: label('Služba', 'Service'), plural: label('Služby', 'Services') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'association', 'reviewStatus'],
    group: label('Obsah', 'Content'),
    baseFilter: ownAssociationInAdmin,
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: reviewHooks,
  fields: [
    titleField(),
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      label: label('Kategorie', 'Category'),
      options: [
        option('seminars', 'Semináře', 'Seminars'),
        option('trainings', 'Školení', 'Trainings'),
        option('information-service', 'Informační servis', 'Information service'),
        option('good-practice-sharing', 'Sdílení dobré praxe', 'Good-practice sharing'),
        option('partnership-matching', 'Hledání zahraničních partnerů', 'Partnership matching'),
        option('advice', 'Poradenství', 'Advice'),
        option('other', 'Jiné', 'Other'),
      ],
    },
    summaryField(),
    richTextField(),
    peopleField('contactPersons', 'Na koho se obrátit', 'Contact persons'),
    { name: 'presentation', type: 'relationship', relationTo: 'documents', label: label('Prezentace', 'Presentation'), filterOptions: ownAssociationOptions },
    urlField('projectWebsite', 'Web projektu', 'Project website'),
    uniqueSlugField('services'),
    associationField(),
    publishedAtField(),
    ...reviewFields(),
  ],
}
