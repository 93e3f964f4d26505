import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrManager } from '@/access/predicates'
import { cooperationLanguageOptions } from '@/fields/options'
import { label, option } from '@/i18n/adminLabel'

import { purgePublicPartnerships } from '../Partnerships/revalidate'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: label('Region', 'Region'), plural: label('Regiony', 'Regions') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'country', 'kind'],
    group: label('Registry', 'Registers'),
  },
  access: { read: anyone, create: isAdminOrManager, update: isAdminOrManager, delete: isAdminOrManager },
  // Regions are shown on the public partner-region pages and their map.
  hooks: { afterChange: [() => purgePublicPartnerships()], afterDelete: [() => purgePublicPartnerships()] },
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
    {
      name: 'partnershipOffice',
      type: 'relationship',
      relationTo: 'associations',
      label: label('Úřad pro zahraniční partnerství', 'Foreign partnership office'),
      admin: {
        condition: (data) => data?.kind === 'cz-region',
        description: label(
          'Kdo vyřizuje žádosti obcí tohoto kraje o partnera v partnerských regionech. Bez něj kraj žádosti nepřijímá.',
          "Who handles this region's municipalities' applications for a partner in its partner regions. Without one the region accepts no applications.",
        ),
      },
    },
    {
      name: 'centre',
      type: 'group',
      label: label('Střed regionu na mapě', 'Centre of the region on maps'),
      admin: { description: label('U českých krajů se doplní sám, když zůstane prázdný.', 'Czech regions fall back to a built-in centre when left empty.') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: label('Zeměpisná šířka', 'Latitude') },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: label('Zeměpisná délka', 'Longitude') },
          ],
        },
      ],
    },
  ],
}
