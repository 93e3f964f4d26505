import { searchPlugin } from '@payloadcms/plugin-search'
import type { Plugin } from 'payload'

import { isAdmin } from '@/access/predicates'
import { label, option } from '@/i18n/adminLabel'

import { readSearchResults } from './access'
import { beforeSync, SEARCHED_COLLECTIONS } from './beforeSync'

/**
 * Site search with the official search plugin: published documents are copied into one `search`
 * collection on every change, with an accent-free key covering all their languages. Municipalities
 * are not copied (6,258 rows the register import rewrites); the search page queries their own
 * `searchName` key instead.
 */
export const siteSearchPlugin = (): Plugin =>
  searchPlugin({
    collections: SEARCHED_COLLECTIONS,
    // One entry per document for all languages: the key and the display texts hold every locale.
    localize: false,
    beforeSync,
    searchOverrides: {
      labels: { singular: label('Výsledek hledání', 'Search result'), plural: label('Vyhledávací index', 'Search index') },
      admin: { group: label('Web', 'Website'), defaultColumns: ['title', 'doc', 'audience'] },
      access: { read: readSearchResults, create: isAdmin, update: isAdmin, delete: isAdmin },
      fields: ({ defaultFields }) => [
        ...defaultFields,
        { name: 'searchKey', type: 'text', index: true, admin: { readOnly: true }, label: label('Klíč pro hledání', 'Search key') },
        { name: 'display', type: 'json', admin: { readOnly: true }, label: label('Texty k zobrazení', 'Display texts') },
        { name: 'path', type: 'text', admin: { readOnly: true }, label: label('Adresa na webu', 'Public path') },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'public',
          index: true,
          options: [option('public', 'Veřejnost', 'Public'), option('members', 'Jen členové', 'Members only')],
          label: label('Kdo smí číst', 'Audience'),
        },
        { name: 'date', type: 'date', admin: { readOnly: true }, label: label('Datum', 'Date') },
      ],
    },
  })
