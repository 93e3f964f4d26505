import type { CollectionConfig, Field, RelationshipField, RichTextField, UploadField } from 'payload'

import { ownAssociationOptions } from '@/access/predicates'
import { label } from '@/i18n/adminLabel'

/** Drafts, versions and scheduled publishing shared by all editorial collections. */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}

export const titleField = (maxLength = 200): Field => ({
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  maxLength,
  label: label('Název', 'Title'),
})

export const summaryField = (name = 'summary', czech = 'Shrnutí', english = 'Summary'): Field => ({
  name,
  type: 'textarea',
  localized: true,
  maxLength: 600,
  label: label(czech, english),
})

export const richTextField = (name = 'content', czech = 'Obsah', english = 'Content', required = false): RichTextField => ({
  name,
  type: 'richText',
  localized: true,
  required,
  label: label(czech, english),
})

export const coverImageField = (): UploadField => ({
  name: 'coverImage',
  type: 'upload',
  relationTo: 'media',
  label: label('Titulní obrázek', 'Cover image'),
})

export const documentsField = (name = 'documents', czech = 'Dokumenty', english = 'Documents'): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'documents',
  hasMany: true,
  label: label(czech, english),
  filterOptions: ownAssociationOptions,
})

export const peopleField = (name: string, czech: string, english: string): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'people',
  hasMany: true,
  label: label(czech, english),
})

/** Set when a document is first published, so lists and feeds can sort by it. */
export const publishedAtField = (): Field => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: label('Datum zveřejnění', 'Published at'),
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) => (siblingData._status === 'published' && !value ? new Date().toISOString() : value),
    ],
  },
})

export const TIME_ZONES = ['Europe/Prague', 'Europe/Warsaw'] as const

export const timeZoneField = (): Field => ({
  name: 'timeZone',
  type: 'select',
  required: true,
  defaultValue: 'Europe/Prague',
  label: label('Časové pásmo', 'Time zone'),
  options: TIME_ZONES.map((zone) => ({ value: zone, label: zone })),
})
