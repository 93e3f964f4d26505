import type { CollectionConfig } from 'payload'

import { idsOf } from '@/access/ids'
import { anyone, isAdmin } from '@/access/predicates'
import { isAdminUser, isManagerUser, staffOf } from '@/access/roles'
import { addressGroup, contactGroup, urlField } from '@/fields/contact'
import { uniqueSlugField } from '@/fields/slug'

import { removeAssociationMemberships } from '../Memberships/hooks/removeAssociationMemberships'
import { label, option } from '@/i18n/adminLabel'

/**
 * The national union, regional associations and partner organisations abroad. Their member
 * count is derived from the register of memberships (see Memberships/derived.ts).
 */
export const Associations: CollectionConfig = {
  slug: 'associations',
  labels: { singular: label('Svaz / sdružení', 'Association'), plural: label('Svazy a sdružení', 'Associations') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'shortName', 'kind', 'memberCount'], group: label('Organizace', 'Organisations') },
  access: {
    read: anyone,
    create: isAdmin,
    update: ({ req }) => {
      const user = staffOf(req)
      if (isAdminUser(user)) return true
      if (user && isManagerUser(user)) return { id: { in: idsOf(user.associations) } }
      return false
    },
    delete: isAdmin,
  },
  hooks: { beforeDelete: [removeAssociationMemberships] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 200, label: label('Název', 'Name') },
    { name: 'shortName', type: 'text', required: true, maxLength: 30, label: label('Zkratka', 'Short name') },
    uniqueSlugField('associations', 'shortName'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'regional',
          label: label('Druh', 'Kind'),
          options: [
            option('national', 'Celostátní svaz', 'National union'),
            option('regional', 'Krajské sdružení', 'Regional association'),
            option('foundation', 'Nadace', 'Foundation'),
            option('other', 'Jiná organizace', 'Other organisation'),
          ],
        },
        {
          name: 'country',
          type: 'select',
          required: true,
          defaultValue: 'CZ',
          label: label('Stát', 'Country'),
          options: [option('CZ', 'Česko', 'Czechia'), option('PL', 'Polsko', 'Poland'), option('SK', 'Slovensko', 'Slovakia'), option('OTHER', 'Jiný', 'Other')],
        },
        { name: 'founded', type: 'number', min: 1800, max: 2100, label: label('Rok založení', 'Founded (year)') },
      ],
    },
    { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true, label: label('Působí v regionech', 'Regions covered') },
    { name: 'parent', type: 'relationship', relationTo: 'associations', label: label('Nadřízená organizace', 'Parent association') },
    { name: 'description', type: 'richText', localized: true, label: label('Popis', 'Description') },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
    urlField(),
    contactGroup(),
    addressGroup(),
    {
      name: 'governingBodies',
      type: 'array',
      label: label('Orgány', 'Governing bodies'),
      labels: { singular: label('Orgán', 'Body'), plural: label('Orgány', 'Bodies') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, label: label('Název', 'Name') },
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'presidium',
              label: label('Druh', 'Kind'),
              options: [
                option('presidium', 'Předsednictvo', 'Presidium'),
                option('administrative-committee', 'Správní výbor', 'Administrative committee'),
                option('assembly', 'Sněm', 'Assembly'),
                option('council', 'Rada', 'Council'),
                option('board', 'Správní rada / zarząd', 'Board'),
                option('other', 'Jiný', 'Other'),
              ],
            },
          ],
        },
        {
          name: 'members',
          type: 'array',
          label: label('Členové orgánu', 'Members of the body'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'person', type: 'relationship', relationTo: 'people', required: true, label: label('Osoba', 'Person') },
                { name: 'role', type: 'text', localized: true, maxLength: 120, label: label('Role', 'Role') },
              ],
            },
          ],
        },
      ],
    },
    { name: 'contactPersons', type: 'relationship', relationTo: 'people', hasMany: true, label: label('Kontaktní osoby', 'Contact persons') },
    {
      name: 'chambers',
      type: 'array',
      label: label('Komory', 'Chambers'),
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, label: label('Název', 'Name') },
        {
          name: 'municipalityKinds',
          type: 'select',
          hasMany: true,
          label: label('Druhy obcí v komoře', 'Municipality kinds in the chamber'),
          options: [
            option('statutory-city', 'Statutární města', 'Statutory cities'),
            option('town', 'Města', 'Towns'),
            option('market-town', 'Městyse', 'Market towns'),
            option('municipality', 'Obce', 'Municipalities'),
          ],
        },
      ],
    },
    {
      name: 'memberCount',
      type: 'number',
      defaultValue: 0,
      label: label('Počet členských obcí', 'Member municipalities'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: label('Počítá se z aktivních členství.', 'Derived from the active memberships.') },
    },
  ],
}
