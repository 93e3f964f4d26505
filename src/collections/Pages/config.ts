import type { CollectionConfig } from 'payload'

import { editorialAccess, membersOnlyField, ownAssociationInAdmin } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { editorialVersions, publishedAtField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label } from '@/i18n/adminLabel'

import { pageBlocks } from './blocks'
import { reviewFields, reviewHooks } from '../editorial/review'

/** Block-based pages in a hierarchy; parents and breadcrumbs come from the nested-docs plugin. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: label('Stránka', 'Page'), plural: label('Stránky', 'Pages') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'association', 'audience', 'reviewStatus'],
    group: label('Obsah', 'Content'),
    baseFilter: ownAssociationInAdmin,
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: reviewHooks,
  forceSelect: { audience: true },
  fields: [
    titleField(),
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      label: label('Obsah stránky', 'Page layout'),
      blocks: pageBlocks,
      // A members-only page is listed to everyone by its title; its content only to approved members.
      access: { read: membersOnlyField },
    },
    uniqueSlugField('pages'),
    associationField(),
    audienceField(),
    publishedAtField(),
    ...reviewFields(),
  ],
}
