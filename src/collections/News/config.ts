import type { CollectionConfig } from 'payload'

import { isStaff, publishedForAudience, staffOfDocumentAssociation, versionsOfOwnAssociation } from '@/access/predicates'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { coverImageField, documentsField, editorialVersions, publishedAtField, richTextField, summaryField, titleField } from '@/fields/editorial'
import { uniqueSlugField } from '@/fields/slug'
import { label } from '@/i18n/adminLabel'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: label('Aktualita', 'News article'), plural: label('Aktuality', 'News') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', 'association', 'audience', '_status'], group: label('Obsah', 'Content') },
  access: { readVersions: versionsOfOwnAssociation, read: publishedForAudience, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  versions: editorialVersions,
  defaultSort: '-publishedAt',
  fields: [
    titleField(),
    summaryField('excerpt', 'Perex', 'Excerpt'),
    coverImageField(),
    richTextField('content', 'Obsah', 'Content', true),
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, label: label('Rubriky', 'Categories'), admin: { position: 'sidebar' } },
    { name: 'relatedEvents', type: 'relationship', relationTo: 'events', hasMany: true, label: label('Související akce', 'Related events') },
    documentsField('attachments', 'Přílohy', 'Attachments'),
    uniqueSlugField('news'),
    associationField(),
    audienceField(),
    publishedAtField(),
  ],
}
