import type { CollectionConfig } from 'payload'

import { publishedForAudience, staffOfDocumentAssociation, versionsOfOwnAssociation } from '@/access/predicates'
import { memberOf, staffOf } from '@/access/roles'
import { SIZE_BANDS, sizeBandLabels } from '@/domain/municipalities/sizeBand'
import { TOPIC_AREAS, topicLabels } from '@/domain/topics/topicAreas'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { contactGroup } from '@/fields/contact'
import { documentsField, editorialVersions, publishedAtField, richTextField, summaryField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label, option } from '@/i18n/adminLabel'

import { deriveSizeBand } from './hooks/deriveSizeBand'

/**
 * Practices members share with each other. Members submit, editors of the reviewing
 * association review and publish (workflow: submitted → reviewed → published).
 */
export const GoodPractices: CollectionConfig = {
  slug: 'good-practices',
  labels: { singular: label('Dobrá praxe', 'Good practice'), plural: label('Dobrá praxe', 'Good practices') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'municipality', 'workflowStatus', 'audience', '_status'], group: label('Obsah', 'Content') },
  access: { readVersions: versionsOfOwnAssociation,
    read: async (args) => {
      const member = memberOf(args.req)
      const base = await publishedForAudience(args)
      // Members also see their own submissions while they are in review.
      if (member && typeof base === 'object') return { or: [base, { submittedBy: { equals: member.id } }] }
      return base
    },
    create: ({ req }) => staffOf(req) !== null || memberOf(req)?.approvalStatus === 'approved',
    update: staffOfDocumentAssociation,
    delete: staffOfDocumentAssociation,
  },
  versions: editorialVersions,
  hooks: { beforeChange: [deriveSizeBand] },
  fields: [
    titleField(),
    { name: 'municipality', type: 'relationship', relationTo: 'municipalities', required: true, index: true, label: label('Obec', 'Municipality') },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      required: true,
      index: true,
      label: label('Tematické oblasti', 'Topic areas'),
      options: TOPIC_AREAS.map((topic) => option(topic, ...topicLabels[topic])),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sizeBand',
          type: 'select',
          index: true,
          label: label('Velikost obce', 'Municipality size'),
          options: SIZE_BANDS.map((band) => option(band, ...sizeBandLabels[band])),
          admin: { readOnly: true, description: label('Odvozeno z počtu obyvatel obce.', 'Derived from the municipality population.') },
        },
        { name: 'year', type: 'number', min: 1990, max: 2100, index: true, label: label('Rok realizace', 'Year') },
      ],
    },
    summaryField(),
    richTextField('content', 'Co obec udělala', 'What was done', true),
    richTextField('results', 'Výsledky', 'Results'),
    richTextField('costsAndFunding', 'Náklady a financování', 'Costs and funding'),
    contactGroup(),
    documentsField('attachments', 'Přílohy', 'Attachments'),
    {
      name: 'relatedPractices',
      type: 'relationship',
      relationTo: 'good-practices',
      hasMany: true,
      label: label('Související praxe', 'Related practices'),
    },
    {
      name: 'workflowStatus',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      label: label('Stav posouzení', 'Review status'),
      access: { update: ({ req }) => staffOf(req) !== null },
      admin: { position: 'sidebar' },
      options: [
        option('submitted', 'Podáno', 'Submitted'),
        option('changes-requested', 'Vráceno k úpravě', 'Changes requested'),
        option('reviewed', 'Posouzeno', 'Reviewed'),
        option('published', 'Zveřejněno', 'Published'),
      ],
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Podal člen', 'Submitted by'),
      access: { update: ({ req }) => staffOf(req) !== null },
      admin: { position: 'sidebar', readOnly: true },
    },
    uniqueSlugField('good-practices'),
    associationField({ required: false, label: label('Posuzující svaz', 'Reviewing association') }),
    audienceField(),
    publishedAtField(),
  ],
}
