import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, staffOrOwningMember } from '@/access/predicates'
import { staffOf } from '@/access/roles'
import { emailField, phoneField } from '@/fields/contact'
import { positionOptions, siteLanguageOptions } from '@/fields/options'
import { label, option } from '@/i18n/adminLabel'

import { registrationEndpoints } from './endpoints'
import { createRegistration, updateRegistration } from './access'
import { inheritAssociation } from './hooks/inheritAssociation'
import { decideSeatOnChange, mailAndPromoteAfterChange, releaseSeatOnDelete } from './hooks/seats'
import { exactlyOneTarget } from './validation'

const never: FieldAccess = () => false
/** Set by the seat hook only (hooks/seats.ts), never through the API. */
const systemOnly = { create: never, update: never }
/** Set by the hook and never shown: the e-mail key and the secret link's salt and hash. */
const systemSecret = { read: never, ...systemOnly }

/**
 * A person's registration for an event or one term of a seminar. Personal data: readable only
 * by staff of the organising association and by the member who registered. Seats and the
 * waitlist are decided by hooks/seats.ts on every path; the public form, the secret link and
 * the exports are in service.ts and endpoints.ts.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: label('Registrace', 'Registration'), plural: label('Registrace', 'Registrations') },
  admin: {
    useAsTitle: 'attendeeName',
    defaultColumns: ['attendeeName', 'email', 'event', 'seminar', 'status', 'waitlistPosition', 'createdAt'],
    listSearchableFields: ['attendeeName', 'email'],
    group: label('Akce', 'Events'),
    description: label(
      'Stav měňte zde: zrušení uvolní místo prvnímu náhradníkovi, „Zúčastnil se“ je odbavení na místě. Počty, export a prezenční listinu najdete u akce nebo semináře.',
      'Change the status here: a cancellation gives the seat to the first on the waitlist, "Attended" is the check-in. Counts, exports and the attendance list are on the event or seminar.',
    ),
  },
  access: {
    read: staffOrOwningMember('member'),
    create: createRegistration,
    update: updateRegistration,
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [inheritAssociation],
    beforeChange: [decideSeatOnChange],
    afterChange: [mailAndPromoteAfterChange],
    afterDelete: [releaseSeatOnDelete],
  },
  endpoints: registrationEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'event',
          type: 'relationship',
          relationTo: 'events',
          index: true,
          label: label('Akce', 'Event'),
          validate: exactlyOneTarget,
          // Moving a registration elsewhere would break both targets' counts: register anew instead.
          access: { update: never },
        },
        { name: 'seminar', type: 'relationship', relationTo: 'seminars', index: true, label: label('Seminář', 'Seminar'), access: { update: never } },
        { name: 'seminarTermId', type: 'text', maxLength: 64, label: label('Termín semináře', 'Seminar term'), access: { update: never } },
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
        { name: 'authorisation', type: 'upload', relationTo: 'proxy-authorisations', label: label('Plná moc', 'Authorisation document') },
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
          // A new registration's status is decided by capacity, not chosen.
          access: { create: never },
          options: [
            option('confirmed', 'Potvrzeno', 'Confirmed'),
            option('waitlisted', 'Náhradník', 'Waitlisted'),
            option('cancelled', 'Zrušeno', 'Cancelled'),
            option('attended', 'Zúčastnil se', 'Attended'),
          ],
        },
        {
          name: 'waitlistPosition',
          type: 'number',
          min: 1,
          index: true,
          label: label('Pořadí náhradníka', 'Waitlist position'),
          access: systemOnly,
          admin: { readOnly: true },
        },
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
    {
      name: 'anonymisedAt',
      type: 'date',
      label: label('Anonymizováno', 'Anonymised at'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.anonymisedAt) },
    },
    // The event or seminar term as one key ("event:12", "seminar:4:<term id>") for counts and the waitlist.
    { name: 'targetKey', type: 'text', index: true, access: systemOnly, admin: { hidden: true } },
    // "<target>|<e-mail>" while active: the database refuses a second active registration of an e-mail.
    { name: 'registrationKey', type: 'text', unique: true, access: systemSecret, admin: { hidden: true } },
    // The secret link's token is HMAC(secret, salt); only the salt and the token's hash are stored.
    { name: 'linkSalt', type: 'text', access: systemSecret, admin: { hidden: true } },
    { name: 'cancelTokenHash', type: 'text', index: true, access: systemSecret, admin: { hidden: true } },
  ],
}
