import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrManager } from '@/access/predicates'
import { cooperationLanguageOptions } from '@/fields/options'
import { label, option } from '@/i18n/adminLabel'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: label('Region', 'Region'), plural: label('Regiony', 'Regions') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'country', 'kind'],
    group: label('Registry', 'Registers'),
  },
  access: { read: anyone, create: isAdminOrManager, update: isAdminOrManager, delete: isAdminOrManager },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Kód (RÚIAN / TERYT)', 'Code (RÚIAN / TERYT)'),
      maxLength: 20,
      admin: { description: label('Kód kraje v RÚIAN nebo vojvodství v TERYT.', 'RÚIAN region code or TERYT voivodeship code.') },
    },
    { name: 'name', type: 'text', required: true, localized: true, label: label('Název', 'Name'), maxLength: 120 },
    {
      name: 'country',
      type: 'select',
      required: true,
      defaultValue: 'CZ',
      label: label('Stát', 'Country'),
      options: [
        option('CZ', 'Česko', 'Czechia'),
        option('PL', 'Polsko', 'Poland'),
        option('SK', 'Slovensko', 'Slovakia'),
        option('DE', 'Německo', 'Germany'),
        option('AT', 'Rakousko', 'Austria'),
        option('FR', 'Francie', 'France'),
        option('CN', 'Čína', 'China'),
        option('OTHER', 'Jiný', 'Other'),
      ],
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'cz-region',
      label: label('Druh', 'Kind'),
      options: [
        option('cz-region', 'Kraj', 'Czech region'),
        option('pl-voivodeship', 'Vojvodství', 'Polish voivodeship'),
        option('foreign-partner-region', 'Zahraniční partnerský region', 'Foreign partner region'),
      ],
    },
    {
      name: 'partnerRegions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      label: label('Partnerské regiony', 'Partner regions'),
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: label('Jazyky', 'Languages'),
      options: cooperationLanguageOptions,
    },
    { name: 'profile', type: 'textarea', localized: true, label: label('Krátký profil', 'Short profile'), maxLength: 2000 },
  ],
}
