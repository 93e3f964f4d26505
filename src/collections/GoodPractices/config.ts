import type { CollectionConfig } from 'payload'

import type { Access } from 'payload'

import { editorialCreate, editorialDelete, editorialUpdate, membersOnlyField, ownAssociationInAdmin, publishedOrStaff, versionsOfOwnAssociation } from '@/access/predicates'
import { sameId, type Ref } from '@/access/ids'
import { isApprovedMember, memberOf, staffOf } from '@/access/roles'
import { SIZE_BANDS, sizeBandLabels } from '@/domain/municipalities/sizeBand'
import { TOPIC_AREAS, topicLabels } from '@/domain/topics/topicAreas'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { contactGroup } from '@/fields/contact'
import { documentsField, editorialVersions, publishedAtField, richTextField, summaryField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label, option } from '@/i18n/adminLabel'

import { reviewFields, reviewHooks } from '../editorial/review'

import { deriveSizeBand } from './hooks/deriveSizeBand'
import { prepareMemberSubmission } from './hooks/prepareMemberSubmission'

/** Everything published (members-only as teasers), plus a member's own submissions while they are reviewed. */
const readGoodPractices: Access = async (args) => {
  const member = memberOf(args.req)
  const base = await publishedOrStaff(args)
  if (member && typeof base === 'object') return { or: [base, { submittedBy: { equals: member.id } }] }
  return base
}

/**
 * Practices members share with each other. Approved members submit them for their own
 * municipality (straight into review); managers of the reviewing association publish them.
 */
export const GoodPractices: CollectionConfig = {
  slug: 'good-practices',
  labels: { singular: label('Dobrá praxe', 'Good practice'), plural: label('Dobrá praxe', 'Good practices') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'municipality', 'reviewStatus', 'audience', 'submittedBy'],
    group: label('Obsah', 'Content'),
    baseFilter: ownAssociationInAdmin,
  },
  access: {
    read: readGoodPractices,
    readVersions: versionsOfOwnAssociation,
    create: (args) => (isApprovedMember(args.req) && args.data?._status !== 'published') || editorialCreate(args),
    update: editorialUpdate,
    delete: editorialDelete,
  },
  versions: editorialVersions,
  hooks: {
    beforeOperation: reviewHooks.beforeOperation,
    beforeChange: [prepareMemberSubmission, deriveSizeBand, ...reviewHooks.beforeChange],
    afterChange: reviewHooks.afterChange,
  },
  forceSelect: { audience: true },
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
    // A members-only practice is listed to everyone by its title and summary; the rest only to approved members.
    { ...richTextField('content', 'Co obec udělala', 'What was done', true), access: { read: membersOnlyField } },
    { ...richTextField('results', 'Výsledky', 'Results'), access: { read: membersOnlyField } },
    { ...richTextField('costsAndFunding', 'Náklady a financování', 'Costs and funding'), access: { read: membersOnlyField } },
    { ...contactGroup(), access: { read: membersOnlyField } },
    { ...documentsField('attachments', 'Přílohy', 'Attachments'), access: { read: membersOnlyField } },
    {
      name: 'relatedPractices',
      type: 'relationship',
      relationTo: 'good-practices',
      hasMany: true,
      label: label('Související praxe', 'Related practices'),
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Podal člen', 'Submitted by'),
      // Set from the session when a member submits (see prepareMemberSubmission); the submitter and staff see it.
      access: {
        // Without a document (a query) a member may filter by it to find their own submissions.
        read: ({ req, doc }) => staffOf(req) !== null || (memberOf(req) !== null && (doc === undefined || sameId(memberOf(req)?.id, (doc as { submittedBy?: Ref }).submittedBy))),
        create: ({ req }) => staffOf(req) !== null,
        update: ({ req }) => staffOf(req) !== null,
      },
      admin: { position: 'sidebar', readOnly: true },
    },
    uniqueSlugField('good-practices'),
    associationField({ required: false, label: label('Posuzující svaz', 'Reviewing association') }),
    audienceField(),
    publishedAtField(),
    ...reviewFields(),
  ],
}
