import type { CollectionConfig } from 'payload'

import { sameId, type Ref } from '@/access/ids'
import { editorialCreate, membersOnlyField } from '@/access/predicates'
import { isApprovedMember, memberOf, staffOf } from '@/access/roles'
import { SIZE_BANDS, sizeBandLabels } from '@/domain/municipalities/sizeBand'
import { TOPIC_AREAS, topicLabels } from '@/domain/topics/topicAreas'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { urlField } from '@/fields/contact'
import { documentsField, editorialVersions, publishedAtField, richTextField, summaryField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { validateEmail, validatePhone } from '@/fields/validators'
import { label, option } from '@/i18n/adminLabel'

import { reviewFields, reviewHooks } from '../editorial/review'

import { attachmentOptions, deleteGoodPractices, readGoodPractices, readGoodPracticeVersions, reviewedInAdmin, staffOnly, staffOrSubmitter, updateGoodPractices } from './access'
import { goodPracticeEndpoints } from './endpoints'
import { applySubmissionRules } from './hooks/applySubmissionRules'
import { buildSearchText } from './hooks/buildSearchText'
import { deriveFromMunicipality } from './hooks/deriveFromMunicipality'
import { notifySubmitter } from './hooks/notifySubmitter'

/**
 * Practices members share with each other. An approved member submits one for their
 * municipality, straight into review; the staff of the associations the municipality is a member
 * of review it and may return it for changes (workflow: submitted → changes requested →
 * reviewed → published), and, as for all editorial content, only managers and admins publish
 * (the review workflow of editorial/review.ts).
 */
export const GoodPractices: CollectionConfig = {
  slug: 'good-practices',
  labels: { singular: label('Dobrá praxe', 'Good practice'), plural: label('Dobrá praxe', 'Good practices') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'municipality', 'workflowStatus', 'reviewingAssociations', 'audience', '_status'],
    group: label('Obsah', 'Content'),
    components: { beforeListTable: ['/collections/GoodPractices/components/ExportLink#GoodPracticesExportLink'] },
    baseFilter: reviewedInAdmin,
  },
  access: {
    readVersions: readGoodPracticeVersions,
    read: readGoodPractices,
    create: (args) => (isApprovedMember(args.req) && args.data?._status !== 'published') || editorialCreate(args),
    update: updateGoodPractices,
    delete: deleteGoodPractices,
  },
  versions: editorialVersions,
  hooks: {
    beforeOperation: reviewHooks.beforeOperation,
    // The submission rules set the review status a member's save asks for; the review step then applies who may publish.
    beforeChange: [applySubmissionRules, deriveFromMunicipality, buildSearchText, ...reviewHooks.beforeChange],
    afterChange: [notifySubmitter, ...reviewHooks.afterChange],
  },
  forceSelect: { audience: true, submittedBy: true },
  endpoints: goodPracticeEndpoints,
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
        {
          name: 'region',
          type: 'relationship',
          relationTo: 'regions',
          index: true,
          label: label('Kraj', 'Region'),
          admin: { readOnly: true, description: label('Kraj obce.', 'The municipality’s region.') },
        },
        { name: 'year', type: 'number', min: 1990, max: 2100, index: true, label: label('Rok realizace', 'Year') },
      ],
    },
    summaryField(),
    // A members-only practice is listed to everyone by its title and summary; the rest only to approved members.
    { ...richTextField('content', 'Co obec udělala', 'What was done', true), access: { read: membersOnlyField } },
    { ...richTextField('results', 'Výsledky', 'Results'), access: { read: membersOnlyField } },
    { ...richTextField('costsAndFunding', 'Náklady a financování', 'Costs and funding'), access: { read: membersOnlyField } },
    {
      name: 'contact',
      type: 'group',
      label: label('Kontaktní osoba', 'Contact person'),
      access: { read: membersOnlyField },
      admin: {
        description: label(
          'E-mail a telefon vidí jen redakce a autor; čtenáři píší přes formulář na webu.',
          'Only staff and the submitter see the e-mail and phone; readers write through the form on the site.',
        ),
      },
      fields: [
        { name: 'name', type: 'text', maxLength: 120, label: label('Jméno', 'Name') },
        {
          type: 'row',
          fields: [
            {
              name: 'email',
              type: 'email',
              label: label('E-mail', 'E-mail'),
              validate: validateEmail(false),
              access: { read: staffOrSubmitter },
            },
            {
              name: 'phone',
              type: 'text',
              maxLength: 40,
              label: label('Telefon', 'Phone'),
              validate: validatePhone,
              access: { read: staffOrSubmitter },
            },
          ],
        },
        urlField(),
      ],
    },
    { ...documentsField('attachments', 'Přílohy', 'Attachments'), filterOptions: attachmentOptions, access: { read: membersOnlyField } },
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
      admin: {
        position: 'sidebar',
        description: label('„Zveřejněno“ nastaví tlačítko Zveřejnit.', '“Published” is set by the Publish button.'),
      },
      options: [
        option('submitted', 'Podáno', 'Submitted'),
        option('changes-requested', 'Vráceno k úpravě', 'Changes requested'),
        option('reviewed', 'Posouzeno', 'Reviewed'),
        option('published', 'Zveřejněno', 'Published'),
      ],
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      maxLength: 2000,
      label: label('Poznámka pro autora', 'Note to the submitter'),
      access: { read: staffOrSubmitter },
      admin: {
        position: 'sidebar',
        description: label('Pošle se autorovi při vrácení k úpravě.', 'Sent to the submitter when changes are requested.'),
      },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Podal člen', 'Submitted by'),
      // Set from the session when a member submits (see applySubmissionRules); the submitter and staff see it.
      access: {
        // Without a document (a query) a member may filter by it to find their own submissions.
        read: ({ req, doc }) => staffOf(req) !== null || (memberOf(req) !== null && (doc === undefined || sameId(memberOf(req)?.id, (doc as { submittedBy?: Ref }).submittedBy))),
        create: ({ req }) => staffOf(req) !== null,
        update: ({ req }) => staffOf(req) !== null,
      },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewingAssociations',
      type: 'relationship',
      relationTo: 'associations',
      hasMany: true,
      index: true,
      label: label('Posuzují svazy', 'Reviewed by'),
      access: { read: staffOnly },
      admin: {
        position: 'sidebar',
        description: label('Svazy, jejichž je obec členem; jejich redakce příspěvek vidí.', 'Associations the municipality is a member of; their editors see it.'),
      },
    },
    { name: 'searchText', type: 'textarea', admin: { hidden: true } },
    uniqueSlugField('good-practices'),
    associationField({ required: false, label: label('Svaz / sdružení', 'Association') }),
    audienceField(),
    publishedAtField(),
    ...reviewFields(),
  ],
}
