import type { CollectionConfig, FieldAccess } from 'payload'

import { anyone } from '@/access/predicates'
import { APPLICANT_KINDS, LIMITS } from '@/domain/partnerships/application'
import { COOPERATION_AREAS, cooperationAreaLabels } from '@/domain/partnerships/cooperationAreas'
import { PARTNERSHIP_STATUSES, partnershipStatusLabels } from '@/domain/partnerships/status'
import { associationField } from '@/fields/association'
import { emailField, phoneField, urlField } from '@/fields/contact'
import { cooperationLanguageOptions, siteLanguageOptions } from '@/fields/options'
import { label, option } from '@/i18n/adminLabel'

import { deleteApplications, officeOnly, readApplications, updateApplications } from './access'
import { partnershipRequestEndpoints } from './endpoints'
import { notifyApplicant, recordMatchedPartnership } from './hooks/notifyApplicant'
import { shareSignedFormWithOffice } from './hooks/signedForm'
import { checkApplicationAndStatus, recordWorkflow } from './hooks/workflow'

const nobody: FieldAccess = () => false

const applicantKindLabels: Record<(typeof APPLICANT_KINDS)[number], [string, string]> = {
  municipality: ['Obec / město', 'Municipality'],
  school: ['Škola', 'School'],
  institution: ['Jiná instituce', 'Other institution'],
}

const statusOptions = PARTNERSHIP_STATUSES.map((status) => option(status, ...partnershipStatusLabels[status]))

/**
 * A municipality's (or school's) application to be matched with a partner abroad. Required
 * fields are checked by the workflow hook, not by `required`, because a member's draft may be
 * incomplete; the same check serves the public form, the admin, REST and GraphQL.
 */
export const PartnershipRequests: CollectionConfig = {
  slug: 'partnership-requests',
  labels: { singular: label('Žádost o partnera', 'Partnership request'), plural: label('Žádosti o partnera', 'Partnership requests') },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'applicantName', 'status', 'association', 'submittedAt'],
    group: label('Partnerství', 'Partnerships'),
    listSearchableFields: ['reference', 'applicantName'],
  },
  access: { read: readApplications, create: anyone, update: updateApplications, delete: deleteApplications },
  hooks: {
    beforeValidate: [checkApplicationAndStatus],
    beforeChange: [recordWorkflow],
    afterChange: [notifyApplicant, recordMatchedPartnership, shareSignedFormWithOffice],
  },
  endpoints: partnershipRequestEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          unique: true,
          index: true,
          label: label('Číslo žádosti', 'Reference'),
          access: { create: nobody, update: nobody },
          admin: { readOnly: true },
        },
        {
          name: 'submittedAt',
          type: 'date',
          index: true,
          label: label('Podáno', 'Submitted at'),
          access: { create: nobody, update: nobody },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
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
      admin: {
        position: 'sidebar',
        description: label(
          'Postup: podáno → posuzuje se → osloven partnerský region → navržen partner → navázáno / zamítnuto → uzavřeno.',
          'Steps: submitted → in review → partner region contacted → partner proposed → matched / declined → closed.',
        ),
      },
      options: statusOptions,
    },
    {
      name: 'statusMessage',
      type: 'textarea',
      maxLength: LIMITS.longText,
      label: label('Zpráva žadateli ke změně stavu', 'Message to the applicant with the status change'),
      access: { create: officeOnly, update: officeOnly },
      admin: {
        position: 'sidebar',
        description: label(
          'Odejde e-mailem s nejbližší změnou stavu a zůstane v historii. Při zamítnutí je povinná.',
          'Sent by e-mail with the next status change and kept in the history. Required when declining.',
        ),
      },
    },
    {
      name: 'proposedPartner',
      type: 'group',
      label: label('Navržený partner', 'Proposed partner'),
      admin: { condition: (data) => ['partner-contacted', 'partner-proposed', 'matched', 'closed'].includes(String(data?.status)) },
      access: { create: officeOnly, update: officeOnly },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 200, label: label('Název partnera', 'Partner name') },
            {
              name: 'region',
              type: 'relationship',
              relationTo: 'regions',
              label: label('Region partnera', "Partner's region"),
              filterOptions: { kind: { not_equals: 'cz-region' } },
            },
          ],
        },
        { type: 'row', fields: [{ name: 'contact', type: 'text', maxLength: 300, label: label('Kontakt na partnera', 'Partner contact') }, urlField()] },
      ],
    },
    {
      ...associationField({ label: label('Vyřizující úřad / svaz', 'Handling office'), required: false }),
      // The office of the applicant's home region, set on submission; only staff may hand it to another.
      access: { create: officeOnly, update: officeOnly },
    },
    {
      name: 'homeRegion',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: label('Kraj žadatele', "Applicant's region"),
      filterOptions: { kind: { equals: 'cz-region' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'applicantKind',
          type: 'select',
          defaultValue: 'municipality',
          label: label('Žadatel', 'Applicant'),
          options: APPLICANT_KINDS.map((kind) => option(kind, ...applicantKindLabels[kind])),
        },
        { name: 'municipality', type: 'relationship', relationTo: 'municipalities', label: label('Obec', 'Municipality') },
        { name: 'applicantName', type: 'text', maxLength: LIMITS.applicantName, label: label('Název žadatele', 'Applicant name') },
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
            { name: 'name', type: 'text', maxLength: LIMITS.contactName, label: label('Jméno', 'Name') },
            { name: 'position', type: 'text', maxLength: LIMITS.contactPosition, label: label('Funkce', 'Position') },
          ],
        },
        { type: 'row', fields: [emailField('email'), phoneField()] },
      ],
    },
    {
      name: 'desiredRegions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      label: label('Partnerské regiony', 'Desired partner regions'),
      filterOptions: { kind: { not_equals: 'cz-region' } },
    },
    {
      name: 'cooperationAreas',
      type: 'select',
      hasMany: true,
      label: label('Oblasti spolupráce', 'Cooperation areas'),
      options: COOPERATION_AREAS.map((area) => option(area, ...cooperationAreaLabels[area])),
    },
    { name: 'offer', type: 'textarea', maxLength: LIMITS.longText, label: label('Co nabízíme', 'What we offer') },
    { name: 'lookingFor', type: 'textarea', maxLength: LIMITS.longText, label: label('Co hledáme', 'What we look for') },
    { name: 'motivation', type: 'textarea', maxLength: LIMITS.longText, label: label('Motivace', 'Motivation') },
    {
      type: 'row',
      fields: [
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          label: label('Jazyky komunikace', 'Languages'),
          options: cooperationLanguageOptions,
        },
        { name: 'population', type: 'number', min: 0, max: LIMITS.population, label: label('Počet obyvatel / žáků', 'Population or pupils') },
        {
          name: 'correspondenceLanguage',
          type: 'select',
          defaultValue: 'cs',
          label: label('Jazyk e-mailů žadateli', 'Language of e-mails to the applicant'),
          options: siteLanguageOptions,
        },
      ],
    },
    { name: 'signedForm', type: 'upload', relationTo: 'partnership-attachments', label: label('Podepsaná žádost', 'Signed form') },
    {
      name: 'consent',
      type: 'group',
      label: label('Souhlas se zpracováním údajů', 'Data processing consent'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'textVersion', type: 'text', maxLength: 40, label: label('Verze textu', 'Text version') },
            { name: 'givenAt', type: 'date', label: label('Uděleno', 'Given at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: label('Historie stavů', 'Status history'),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', options: statusOptions, label: label('Stav', 'Status') },
            { name: 'at', type: 'date', label: label('Kdy', 'When'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
            {
              name: 'actor',
              type: 'select',
              label: label('Strana', 'Party'),
              options: [option('applicant', 'Žadatel', 'Applicant'), option('office', 'Úřad', 'Office')],
            },
            // The name of the staff member stays inside the office.
            { name: 'by', type: 'text', maxLength: 300, label: label('Kdo', 'Who'), access: { read: officeOnly } },
          ],
        },
        { name: 'message', type: 'textarea', label: label('Zpráva žadateli', 'Message to the applicant') },
      ],
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      maxLength: 8000,
      label: label('Interní poznámky', 'Internal notes'),
      // Never shown to the applicant, on any API.
      access: { read: officeOnly, create: officeOnly, update: officeOnly },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: label('Podal člen', 'Submitted by'),
      // Only staff may name the member; an applicant's own account is taken from the session (see the workflow hook).
      access: { create: officeOnly, update: officeOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'summaryLinks',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.reference),
        components: { Field: '/collections/PartnershipRequests/components/SummaryLinks#SummaryLinks' },
      },
    },
    {
      name: 'matchingSuggestions',
      type: 'ui',
      admin: {
        condition: (data) => Boolean(data?.reference),
        components: { Field: '/collections/PartnershipRequests/components/MatchingSuggestions#MatchingSuggestions' },
      },
    },
  ],
}
