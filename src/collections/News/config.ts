import type { CollectionConfig } from 'payload'

import { editorialAccess, membersOnlyField, ownAssociationInAdmin, ownAssociationOptions } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { coverImageField, documentsField, editorialVersions, publishedAtField, richTextField, summaryField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label } from '@/i18n/adminLabel'

import { reviewFields, reviewHooks } from '../editorial/review'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: label('Aktualita', 'News article'), plural: label('Aktuality', 'News') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', 'association', 'audience', 'reviewStatus'],
    group: label('Obsah', 'Content'),
    baseFilter: ownAssociationInAdmin,
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: reviewHooks,
  // Field access of the body depends on the audience, so it is read even when a query selects less.
  forceSelect: { audience: true },
  defaultSort: '-publishedAt',
  fields: [
    titleField(),
    summaryField('excerpt', 'Perex', 'Excerpt'),
    coverImageField(),
    // Members-only articles are listed to everyone as title, excerpt and cover; the body and attachments only to approved members.
    { ...richTextField('content', 'Obsah', 'Content', true), access: { read: membersOnlyField } },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, label: label('Rubriky', 'Categories'), admin: { position: 'sidebar' } },
    {
      name: 'relatedEvents',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: label('Související akce', 'Related events'),
      filterOptions: ownAssociationOptions,
    },
    { ...documentsField('attachments', 'Přílohy', 'Attachments'), access: { read: membersOnlyField } },
    uniqueSlugField('news'),
    associationField(),
    audienceField(),
    publishedAtField(),
    ...reviewFields(),
  ],
}
