import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrManager } from '@/access/predicates'
import { czechSortKey } from '@/domain/collation/czechSortKey'
import { MUNICIPALITY_KINDS } from '@/domain/municipalities/kinds'
import { searchKey } from '@/domain/search/searchKey'
import { contactGroup, urlField } from '@/fields/contact'
import { uniqueSlugField } from '@/fields/slug'
import { label, option } from '@/i18n/adminLabel'

import { limitMemberEdits, updateMunicipality } from './access'
import { directoryEndpoints } from './endpoints'
import { keepMembershipsInStep, removeMemberships } from './hooks/keepMembershipsInStep'

const kindLabels: Record<(typeof MUNICIPALITY_KINDS)[number], [string, string]> = {
  'statutory-city': ['Statutární město', 'Statutory city'],
  town: ['Město', 'Town'],
  'market-town': ['Městys', 'Market town'],
  municipality: ['Obec', 'Municipality'],
  gmina: ['Gmina', 'Gmina (Poland)'],
  other: ['Jiná', 'Other'],
}

export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: { singular: label('Obec', 'Municipality'), plural: label('Obce', 'Municipalities') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'district', 'region', 'population'],
    group: label('Registry', 'Registers'),
    listSearchableFields: ['name', 'ruianCode', 'searchName'],
    components: { beforeListTable: ['/collections/Municipalities/components/ExportLink#DirectoryExportLink'] },
  },
  access: { read: anyone, create: isAdminOrManager, update: updateMunicipality, delete: isAdminOrManager },
  hooks: {
    beforeOperation: [limitMemberEdits],
    afterChange: [keepMembershipsInStep],
    beforeDelete: [removeMemberships],
  },
  endpoints: directoryEndpoints,
  fields: [
    {
      name: 'ruianCode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Kód obce (RÚIAN)', 'Municipality code (RÚIAN)'),
      validate: (value: string | null | undefined, { req }: { req: { i18n: { language: string }; t: (key: 'validation:required') => string } }) =>
        !value
          ? req.t('validation:required')
          : /^[0-9]{6}$/.test(value)
          ? true
          : req.i18n.language === 'cs'
            ? 'Kód obce v RÚIAN má šest číslic.'
            : 'A RÚIAN municipality code has six digits.',
    },
    { name: 'name', type: 'text', required: true, label: label('Název', 'Name'), maxLength: 120 },
    uniqueSlugField('municipalities', 'name'),
    {
      name: 'searchName',
      type: 'text',
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [({ siblingData }) => searchKey(String(siblingData.name ?? ''))] },
    },
    {
      // SQLite cannot collate Czech; ordering by this key is ordering by Intl.Collator('cs').
      name: 'sortName',
      type: 'text',
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [({ siblingData }) => czechSortKey(String(siblingData.name ?? ''))] },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'municipality',
      index: true,
      label: label('Druh', 'Kind'),
      options: MUNICIPALITY_KINDS.map((kind) => option(kind, ...kindLabels[kind])),
    },
    {
      type: 'row',
      fields: [
        { name: 'district', type: 'text', label: label('Okres', 'District'), maxLength: 80, index: true },
        { name: 'districtCode', type: 'text', label: label('Kód okresu', 'District code'), maxLength: 10 },
      ],
    },
    { name: 'region', type: 'relationship', relationTo: 'regions', index: true, label: label('Kraj', 'Region') },
    {
      name: 'postalCodes',
      type: 'text',
      label: label('PSČ', 'Postal codes'),
      maxLength: 2000,
      admin: { description: label('Oddělená mezerou.', 'Separated by spaces.') },
    },
    {
      type: 'row',
      fields: [
        { name: 'population', type: 'number', min: 0, label: label('Počet obyvatel', 'Population'), index: true },
        { name: 'partsCount', type: 'number', min: 0, label: label('Počet částí obce', 'Municipality parts') },
      ],
    },
    urlField(),
    contactGroup(),
    { name: 'coatOfArms', type: 'upload', relationTo: 'media', label: label('Znak', 'Coat of arms') },
    {
      name: 'memberships',
      type: 'join',
      collection: 'memberships',
      on: 'municipality',
      label: label('Členství ve svazech', 'Memberships'),
      admin: { defaultColumns: ['association', 'status', 'chamber', 'since', 'until'] },
    },
    {
      // Ids of the associations with an active membership, "|3|17|" (see domain/memberships/memberOfIds.ts).
      // Derived from the memberships (Memberships/derived.ts); nobody sets it directly.
      name: 'memberOfIds',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
