import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, staffOfDocumentAssociation } from '@/access/predicates'
import { memberOf, staffOf } from '@/access/roles'
import { COOPERATION_AREAS, cooperationAreaLabels } from '@/domain/partnerships/cooperationAreas'
import { PARTNERSHIP_STATUSES, partnershipStatusLabels } from '@/domain/partnerships/status'
import { associationField } from '@/fields/association'
import { emailField, phoneField } from '@/fields/contact'
import { label, option } from '@/i18n/adminLabel'

import { assignReference, recordStatusHistory } from './hooks/workflow'

const staffOnly = ({ req }: { req: Parameters<typeof staffOf>[0] }) => staffOf(req) !== null

/** A municipality's (or school's) application to be matched with a partner abroad. */
export const PartnershipRequests: CollectionConfig = {
  slug: 'partnership-requests',
  labels: { singular: label('Žádost o partnera', 'Partnership request'), plural: label('Žádosti o partnera', 'Partnership requests') },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'applicantName', 'status', 'association', 'createdAt'],
    group: label('Partnerství', 'Partnerships'),
  },
  access: {
    read: (args) => {
      if (staffOf(args.req)) return staffOfDocumentAssociation(args)
      const member = memberOf(args.req)
      return member ? { submittedBy: { equals: member.id } } : false
    },
    create: anyone,
    update: staffOfDocumentAssociation,
    delete: isAdmin,
  },
  hooks: { beforeChange: [assignReference, recordStatusHistory] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: label('Číslo žádosti', 'Reference'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    associationField({ label: label('Vyřizující úřad / svaz', 'Handling office') }),
    {
      type: 'row',
      fields: [
        {
          name: 'applicantKind',
          type: 'select',
          required: true,
          defaultValue: 'municipality',
          label: label('Žadatel', 'Applicant'),
          options: [option('municipality', 'Obec / město', 'Municipality'), option('school', 'Škola', 'School'), option('institution', 'Jiná instituce', 'Other institution')],
        },
        { name: 'municipality', type: 'relationship', relationTo: 'municipalities', label: label('Obec', 'Municipality') },
        { name: 'applicantName', type: 'text', required: true, maxLength: 200, label: label('Název žadatele', 'Applicant name') },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Kontaktní osoba', 'Contact person'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Jméno', 'Name') },
            { name: 'position', type: 'text', maxLength: 120, label: label('Funkce', 'Position') },
          ],
        },
        { type: 'row', fields: [emailField('email', true), phoneField()] },
      ],
    },
    {
      name: 'desiredRegions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      required: true,
      label: label('Partnerské regiony', 'Desired partner regions'),
      filterOptions: { kind: { not_equals: 'cz-region' } },
    },
    {
      name: 'cooperationAreas',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Oblasti spolupráce', 'Cooperation areas'),
      options: COOPERATION_AREAS.map((area) => option(area, ...cooperationAreaLabels[area])),
    },
    { name: 'offer', type: 'textarea', maxLength: 4000, label: label('Co nabízíme', 'What we offer') },
    { name: 'lookingFor', type: 'textarea', maxLength: 4000, label: label('Co hledáme', 'What we look for') },
    { name: 'motivation', type: 'textarea', maxLength: 4000, label: label('Motivace', 'Motivation') },
    {
      type: 'row',
      fields: [
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          label: label('Jazyky komunikace', 'Languages'),
          options: [
            option('cs', 'čeština', 'Czech'),
            option('pl', 'polština', 'Polish'),
            option('sk', 'slovenština', 'Slovak'),
            option('de', 'němčina', 'German'),
            option('en', 'angličtina', 'English'),
            option('fr', 'francouzština', 'French'),
            option('other', 'jiný', 'other'),
          ],
        },
        { name: 'population', type: 'number', min: 0, label: label('Počet obyvatel / žáků', 'Population or pupils') },
      ],
    },
    { name: 'signedForm', type: 'upload', relationTo: 'documents', label: label('Podepsaná žádost', 'Signed form') },
    {
      name: 'consent',
      type: 'group',
      label: label('Souhlas se zpracováním údajů', 'Data processing consent'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'textVersion', type: 'text', required: true, maxLength: 40, label: label('Verze textu', 'Text version') },
            { name: 'givenAt', type: 'date', required: true, label: label('Uděleno', 'Given at') },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      label: label('Stav', 'Status'),
      access: { create: staffOnly, update: staffOnly },
      admin: { position: 'sidebar' },
      options: PARTNERSHIP_STATUSES.map((status) => option(status, ...partnershipStatusLabels[status])),
    },
    {
      name: 'history',
      type: 'array',
      label: label('Historie stavů', 'Status history'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', options: PARTNERSHIP_STATUSES.map((status) => option(status, ...partnershipStatusLabels[status])), label: label('Stav', 'Status') },
            { name: 'at', type: 'date', label: label('Kdy', 'When'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'by', type: 'text', maxLength: 200, label: label('Kdo', 'Who') },
          ],
        },
      ],
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      maxLength: 8000,
      label: label('Interní poznámky', 'Internal notes'),
      // Never shown to the applicant, on any API.
      access: { read: staffOnly, create: staffOnly, update: staffOnly },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Podal člen', 'Submitted by'),
      // Only staff may name the member; an applicant's own account is taken from the session.
      access: { create: staffOnly, update: staffOnly },
      admin: { readOnly: true, position: 'sidebar' },
      hooks: {
        beforeChange: [({ req, operation, value }) => (operation === 'create' && memberOf(req) ? memberOf(req)?.id : value)],
      },
    },
  ],
}
