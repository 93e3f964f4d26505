import type { CollectionConfig } from 'payload'

import { editorialAccess, ownAssociationInAdmin } from '@/access/predicates'
import { isApprovedMember, staffOf } from '@/access/roles'
import { TOPIC_AREAS, topicLabels } from '@/domain/topics/topicAreas'
import { associationField } from '@/fields/association'
import {
  coverImageField,
  documentsField,
  editorialVersions,
  peopleField,
  publishedAtField,
  richTextField,
  summaryField,
  timeZoneField,
  titleField,
} from '@/fields/editorial'
import { registrationSettingsGroup } from '@/fields/registration'
import { uniqueSlugField } from '@/fields/slug'
import { venueGroup } from '@/fields/venue'
import { label, option } from '@/i18n/adminLabel'

import { reviewFields, reviewHooks } from '../editorial/review'
import { endsAfterStart } from '../Events/validation'
import { registrationSummaryField } from '../Registrations/fields'
import { promoteAfterSeminarCapacityChange } from '../Registrations/hooks/targetChanges'

export const Seminars: CollectionConfig = {
  slug: 'seminars',
  labels: { singular: label('Seminář', 'Seminar'), plural: label('Semináře', 'Seminars') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topics', 'format', 'association', 'reviewStatus'],
    group: label('Akce', 'Events'),
    baseFilter: ownAssociationInAdmin,
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: { ...reviewHooks, afterChange: [promoteAfterSeminarCapacityChange, ...reviewHooks.afterChange] },
  fields: [
    titleField(),
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      required: true,
      index: true,
      label: label('Tematické oblasti', 'Topic areas'),
      options: TOPIC_AREAS.map((topic) => option(topic, ...topicLabels[topic])),
    },
    peopleField('lecturers', 'Lektoři', 'Lecturers'),
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'in-person',
          label: label('Forma', 'Format'),
          options: [option('in-person', 'Prezenčně', 'In person'), option('online', 'Online', 'Online'), option('hybrid', 'Hybridně', 'Hybrid')],
        },
        { name: 'accreditationNumber', type: 'text', maxLength: 60, label: label('Číslo akreditace', 'Accreditation number') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'priceMembers', type: 'number', min: 0, label: label('Cena pro členy (Kč)', 'Price for members (CZK)') },
        { name: 'priceNonMembers', type: 'number', min: 0, label: label('Cena pro nečleny (Kč)', 'Price for non-members (CZK)') },
      ],
    },
    summaryField(),
    richTextField(),
    coverImageField(),
    {
      name: 'terms',
      type: 'array',
      required: true,
      minRows: 1,
      label: label('Termíny', 'Terms'),
      labels: { singular: label('Termín', 'Term'), plural: label('Termíny', 'Terms') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'startsAt', type: 'date', required: true, label: label('Začátek', 'Starts at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
            {
              name: 'endsAt',
              type: 'date',
              label: label('Konec', 'Ends at'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              validate: endsAfterStart,
            },
            timeZoneField(),
          ],
        },
        venueGroup(),
        { name: 'capacity', type: 'number', min: 1, max: 10000, label: label('Kapacita termínu', 'Capacity of the term') },
      ],
    },
    registrationSettingsGroup(),
    registrationSummaryField,
    {
      ...documentsField('materials', 'Materiály pro členy', 'Materials for members'),
      // Materials are a member benefit: only approved members and staff get them, on every API.
      access: { read: ({ req }) => staffOf(req) !== null || isApprovedMember(req) },
    },
    uniqueSlugField('seminars'),
    associationField({ label: label('Pořadatel', 'Organiser') }),
    publishedAtField(),
    ...reviewFields(),
  ],
}
