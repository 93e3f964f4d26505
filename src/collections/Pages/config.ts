import type { CollectionConfig } from 'payload'

import { isStaff, publishedForAudience, staffOfDocumentAssociation, versionsOfOwnAssociation } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { editorialVersions, publishedAtField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label } from '@/i18n/adminLabel'

import { pageBlocks } from './blocks'

/** Block-based pages in a hierarchy; parents and breadcrumbs come from the nested-docs plugin. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: label('Stránka', 'Page'), plural: label('Stránky', 'Pages') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'association', 'audience', '_status'], group: label('Obsah', 'Content') },
  access: { readVersions: versionsOfOwnAssociation, read: publishedForAudience, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  versions: editorialVersions,
  fields: [
    titleField(),
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      label: label('Obsah stránky', 'Page layout'),
      blocks: pageBlocks,
    },
    uniqueSlugField('pages'),
    associationField(),
    audienceField(),
    publishedAtField(),
  ],
}
