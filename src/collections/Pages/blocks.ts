import type { Block, Field } from 'payload'

import { label, option } from '@/i18n/adminLabel'

const linkFields: Field[] = [
  { name: 'linkLabel', type: 'text', localized: true, maxLength: 80, label: label('Text odkazu', 'Link text') },
  { name: 'linkUrl', type: 'text', maxLength: 500, label: label('Adresa odkazu', 'Link address') },
]

const hero: Block = {
  slug: 'hero',
  labels: { singular: label('Úvodní blok', 'Hero'), plural: label('Úvodní bloky', 'Heroes') },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, maxLength: 200, label: label('Nadpis', 'Heading') },
    { name: 'lead', type: 'textarea', localized: true, maxLength: 600, label: label('Perex', 'Lead') },
    { name: 'image', type: 'upload', relationTo: 'media', label: label('Obrázek', 'Image') },
  ],
}

const richTextBlock: Block = {
  slug: 'richText',
  labels: { singular: label('Text', 'Rich text'), plural: label('Texty', 'Rich texts') },
  fields: [{ name: 'content', type: 'richText', required: true, localized: true, label: label('Text', 'Text') }],
}

const cards: Block = {
  slug: 'cards',
  labels: { singular: label('Karty', 'Cards'), plural: label('Karty', 'Cards') },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 200, label: label('Nadpis', 'Heading') },
    {
      name: 'cards',
      type: 'array',
      minRows: 1,
      label: label('Karty', 'Cards'),
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 120, label: label('Název', 'Title') },
        { name: 'text', type: 'textarea', localized: true, maxLength: 600, label: label('Text', 'Text') },
        { name: 'image', type: 'upload', relationTo: 'media', label: label('Obrázek', 'Image') },
        ...linkFields,
      ],
    },
  ],
}

const downloads: Block = {
  slug: 'downloads',
  labels: { singular: label('Ke stažení', 'Downloads'), plural: label('Ke stažení', 'Downloads') },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 200, label: label('Nadpis', 'Heading') },
    { name: 'documents', type: 'relationship', relationTo: 'documents', hasMany: true, required: true, label: label('Dokumenty', 'Documents') },
  ],
}

const contacts: Block = {
  slug: 'contacts',
  labels: { singular: label('Kontakty', 'Contacts'), plural: label('Kontakty', 'Contacts') },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 200, label: label('Nadpis', 'Heading') },
    { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, required: true, label: label('Osoby', 'People') },
  ],
}

const callToAction: Block = {
  slug: 'callToAction',
  labels: { singular: label('Výzva k akci', 'Call to action'), plural: label('Výzvy k akci', 'Calls to action') },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true, maxLength: 200, label: label('Nadpis', 'Heading') },
    { name: 'text', type: 'textarea', localized: true, maxLength: 600, label: label('Text', 'Text') },
    {
      name: 'style',
      type: 'select',
      defaultValue: 'primary',
      label: label('Vzhled', 'Style'),
      options: [option('primary', 'Výrazný', 'Primary'), option('secondary', 'Decentní', 'Secondary')],
    },
    ...linkFields,
  ],
}

export const pageBlocks: Block[] = [hero, richTextBlock, cards, downloads, contacts, callToAction]
