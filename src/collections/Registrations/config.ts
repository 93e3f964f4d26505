import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff, staffOfDocumentAssociation, staffOrOwningMember } from '@/access/predicates'
import { staffOf } from '@/access/roles'
import { emailField, phoneField } from '@/fields/contact'
import { positionOptions, siteLanguageOptions } from '@/fields/options'
import { label, option } from '@/i18n/adminLabel'

import { inheritAssociation } from './hooks/inheritAssociation'
import { exactlyOneTarget } from './validation'

/**
 * A person's registration for an event or one term of a seminar. Personal data: readable only
 * by staff of the organising association and by the member who registered.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: label('Registrace', 'Registration'), plural: label('Registrace', 'Registrations') },
  admin: {
    useAsTitle: 'attendeeName',
    defaultColumns: ['attendeeName', 'event', 'seminar', 'status', 'waitlistPosition', 'createdAt'],
    group: label('Akce', 'Events'),
  },
  access: {
    read: staffOrOwningMember('member'),
    create: isStaff,
    update: staffOfDocumentAssociation,
    delete: isAdmin,
  },
  hooks: { beforeValidate: [inheritAssociation] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'event', type: 'relationship', relationTo: 'events', index: true, label: label('Akce', 'Event'), validate: exactlyOneTarget },
        { name: 'seminar', type: 'relationship', relationTo: 'seminars', index: true, label: label('Seminář', 'Seminar') },
        { name: 'seminarTermId', type: 'text', maxLength: 64, label: label('Termín semináře', 'Seminar term') },
      ],
    },
    { name: 'attendeeName', type: 'text', required: true, maxLength: 120, label: label('Jméno a příjmení', 'Full name') },
    {
      type: 'row',
      fields: [emailField('email', true), phoneField()],
    },
    {
      type: 'row',
      fields: [
        { name: 'municipality', type: 'relationship', relationTo: 'municipalities', label: label('Obec', 'Municipality') },
        { name: 'organisationName', type: 'text', maxLength: 200, label: label('Jiná organizace', 'Other organisation') },
        {
          name: 'position',
          type: 'select',
          label: label('Funkce', 'Position'),
          options: positionOptions,
        },
      ],
    },
    { name: 'needs', type: 'textarea', maxLength: 1000, label: label('Potřeby (bezbariérovost, strava)', 'Accessibility or dietary needs') },
    { name: 'member', type: 'relationship', relationTo: 'members', index: true, label: label('Členský účet', 'Member account') },
    {
      name: 'proxy',
      type: 'group',
      label: label('Zastoupení jiné obce (sněm)', 'Proxy for another municipality (assembly)'),
      fields: [
        { name: 'representsMunicipality', type: 'relationship', relationTo: 'municipalities', label: label('Zastupovaná obec', 'Represented municipality') },
        { name: 'authorisation', type: 'upload', relationTo: 'documents', label: label('Plná moc', 'Authorisation document') },
        { name: 'approved', type: 'checkbox', defaultValue: false, label: label('Plná moc schválena', 'Authorisation approved'), access: { update: ({ req }) => staffOf(req) !== null } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'confirmed',
          index: true,
          label: label('Stav', 'Status'),
          options: [
            option('confirmed', 'Potvrzeno', 'Confirmed'),
            option('waitlisted', 'Náhradník', 'Waitlisted'),
            option('cancelled', 'Zrušeno', 'Cancelled'),
            option('attended', 'Zúčastnil se', 'Attended'),
          ],
        },
        { name: 'waitlistPosition', type: 'number', min: 1, label: label('Pořadí náhradníka', 'Waitlist position') },
        {
          name: 'locale',
          type: 'select',
          required: true,
          defaultValue: 'cs',
          label: label('Jazyk komunikace', 'Language'),
          options: siteLanguageOptions,
        },
      ],
    },
    {
      name: 'cancelTokenHash',
      type: 'text',
      index: true,
      // Only a hash is stored; the token itself lives only in the registrant's e-mail.
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'consent',
      type: 'group',
      label: label('Souhlas se zpracováním údajů', 'Data processing consent'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'textVersion', type: 'text', required: true, maxLength: 40, label: label('Verze textu', 'Text version') },
            { name: 'givenAt', type: 'date', required: true, label: label('Uděleno', 'Given at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      index: true,
      label: label('Pořádající svaz', 'Organising association'),
      admin: { readOnly: true, position: 'sidebar', description: label('Převzato z akce.', 'Taken from the event.') },
    },
  ],
}
