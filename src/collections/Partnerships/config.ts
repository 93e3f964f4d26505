import type { Access, CollectionConfig } from 'payload'

import { idOf } from '@/access/ids'
import { isStaff, staffOfDocumentAssociation } from '@/access/predicates'
import { scopedAssociations, staffOf } from '@/access/roles'
import { COOPERATION_AREAS, cooperationAreaLabels } from '@/domain/partnerships/cooperationAreas'
import { associationField } from '@/fields/association'
import { urlField } from '@/fields/contact'
import { label, option } from '@/i18n/adminLabel'

import { officeOnly } from '../PartnershipRequests/access'

import { purgePublicPartnerships } from './revalidate'

/** Everyone reads public partnerships; staff also read their associations' unpublished ones. */
const readPartnerships: Access = ({ req }) => {
  const user = staffOf(req)
  const shown = { visibility: { equals: 'public' } }
  if (!user) return shown
  const associations = scopedAssociations(user)
  return associations === null ? true : { or: [shown, { association: { in: associations } }] }
}

/** An established partnership of a Czech municipality with a partner abroad, for the public map and matching. */
export const Partnerships: CollectionConfig = {
  slug: 'partnerships',
  labels: { singular: label('Partnerství', 'Partnership'), plural: label('Partnerství obcí', 'Municipal partnerships') },
  admin: {
    useAsTitle: 'partnerName',
    defaultColumns: ['municipality', 'partnerName', 'partnerRegion', 'since', 'visibility'],
    group: label('Partnerství', 'Partnerships'),
  },
  access: { read: readPartnerships, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
  hooks: {
    beforeChange: [
      async ({ data, req }) => {
        const municipality = idOf(data.municipality)
        if (municipality === undefined) return data
        const found = await req.payload.findByID({ collection: 'municipalities', id: municipality, depth: 0, req, overrideAccess: true, disableErrors: true })
        data.homeRegion = idOf(found?.region) ?? null
        return data
      },
    ],
    afterChange: [() => purgePublicPartnerships()],
    afterDelete: [() => purgePublicPartnerships()],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'municipality', type: 'relationship', relationTo: 'municipalities', required: true, index: true, label: label('Obec', 'Municipality') },
        { name: 'partnerName', type: 'text', required: true, maxLength: 200, label: label('Zahraniční partner', 'Foreign partner') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'partnerRegion',
          type: 'relationship',
          relationTo: 'regions',
          required: true,
          index: true,
          label: label('Region partnera', "Partner's region"),
          filterOptions: { kind: { not_equals: 'cz-region' } },
        },
        { name: 'since', type: 'number', min: 1945, max: 2100, label: label('Od roku', 'Since (year)') },
      ],
    },
    urlField('partnerWebsite', 'Web partnera', "Partner's website"),
    {
      name: 'areas',
      type: 'select',
      hasMany: true,
      label: label('Oblasti spolupráce', 'Cooperation areas'),
      options: COOPERATION_AREAS.map((area) => option(area, ...cooperationAreaLabels[area])),
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: label('Popis spolupráce', 'About the cooperation') },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      label: label('Zveřejnění', 'Visibility'),
      options: [option('public', 'Na veřejné mapě', 'On the public map'), option('internal', 'Jen pro úřad', 'Office only')],
      admin: { position: 'sidebar' },
    },
    associationField({ label: label('Eviduje', 'Kept by') }),
    {
      name: 'homeRegion',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: label('Kraj obce', "Municipality's region"),
      admin: { readOnly: true, position: 'sidebar', description: label('Podle obce.', 'From the municipality.') },
    },
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'partnership-requests',
      label: label('Z žádosti', 'From application'),
      access: { read: officeOnly, update: officeOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
