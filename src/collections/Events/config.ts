import type { CollectionConfig } from 'payload'

import { editorialAccess, ownAssociationInAdmin, ownAssociationOptions } from '@/access/predicates'
import { associationField } from '@/fields/association'
import {
  coverImageField,
  documentsField,
  editorialVersions,
  peopleField,
  publishedAtField,
  richTextField,
  summaryField,
  timeZoneField,
  titleField,
} from '@/fields/editorial'
import { registrationSettingsGroup } from '@/fields/registration'
import { uniqueSlugField } from '@/fields/slug'
import { venueGroup } from '@/fields/venue'
import { label, option } from '@/i18n/adminLabel'

import { registrationSummaryField } from '../Registrations/fields'
import { notifyRegistrantsOfNotices, promoteAfterEventCapacityChange, stampNoticesToSend } from '../Registrations/hooks/targetChanges'
import { reviewFields, reviewHooks } from '../editorial/review'

import { endsAfterStart } from './validation'

export const PARTNER_TIERS = ['general', 'main', 'partner', 'media', 'expert'] as const

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('Akce', 'Event'), plural: label('Akce', 'Events') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'association', 'reviewStatus'],
    group: label('Akce', 'Events'),
    baseFilter: ownAssociationInAdmin,
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: {
    beforeOperation: reviewHooks.beforeOperation,
    beforeChange: [stampNoticesToSend, ...reviewHooks.beforeChange],
    afterChange: [notifyRegistrantsOfNotices, promoteAfterEventCapacityChange, ...reviewHooks.afterChange],
  },
  fields: [
    titleField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Základní údaje', 'Basics'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'conference',
                  index: true,
                  label: label('Druh akce', 'Kind'),
                  options: [
                    option('regional-meeting', 'Krajské setkání', 'Regional meeting'),
                    option('congress', 'Kongres', 'Congress'),
                    option('conference', 'Konference', 'Conference'),
                    option('assembly', 'Sněm / valná hromada', 'Assembly'),
                    option('webinar', 'Webinář', 'Webinar'),
                    option('workshop', 'Workshop', 'Workshop'),
                    option('other', 'Jiná', 'Other'),
                  ],
                },
                { name: 'series', type: 'relationship', relationTo: 'event-series', label: label('Série', 'Series'), filterOptions: ownAssociationOptions },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'startsAt',
                  type: 'date',
                  required: true,
                  index: true,
                  label: label('Začátek', 'Starts at'),
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'endsAt',
                  type: 'date',
                  label: label('Konec', 'Ends at'),
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                  validate: endsAfterStart,
                },
                timeZoneField(),
              ],
            },
            { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true, label: label('Kraje', 'Regions') },
            venueGroup(),
            summaryField(),
            richTextField(),
            coverImageField(),
          ],
        },
        {
          label: label('Program', 'Programme'),
          fields: [
            {
              name: 'programme',
              type: 'array',
              label: label('Program', 'Programme'),
              labels: { singular: label('Blok programu', 'Session'), plural: label('Bloky programu', 'Sessions') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'startTime', type: 'text', required: true, maxLength: 5, label: label('Od (HH:MM)', 'From (HH:MM)'), validate: requiredTimeOfDay },
                    { name: 'endTime', type: 'text', maxLength: 5, label: label('Do (HH:MM)', 'To (HH:MM)'), validate: timeOfDay },
                    {
                      name: 'kind',
                      type: 'select',
                      required: true,
                      defaultValue: 'plenary',
                      label: label('Druh', 'Kind'),
                      options: [
                        option('plenary', 'Plénum', 'Plenary'),
                        option('panel', 'Panel', 'Panel'),
                        option('workshop', 'Workshop', 'Workshop'),
                        option('break', 'Přestávka', 'Break'),
                        option('other', 'Jiné', 'Other'),
                      ],
                    },
                    { name: 'room', type: 'text', maxLength: 80, label: label('Sál', 'Room') },
                  ],
                },
                { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: label('Název', 'Title') },
                { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: label('Popis', 'Description') },
                peopleField('speakers', 'Řečníci', 'Speakers'),
              ],
            },
          ],
        },
        {
          label: label('Partneři a záštity', 'Partners and patrons'),
          fields: [
            {
              name: 'partners',
              type: 'array',
              label: label('Partneři', 'Partners'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'partner', type: 'relationship', relationTo: 'partners', required: true, label: label('Partner', 'Partner') },
                    {
                      name: 'tier',
                      type: 'select',
                      required: true,
                      defaultValue: 'partner',
                      label: label('Úroveň', 'Tier'),
                      options: [
                        option('general', 'Generální partner', 'General partner'),
                        option('main', 'Hlavní partner', 'Main partner'),
                        option('partner', 'Partner', 'Partner'),
                        option('media', 'Mediální partner', 'Media partner'),
                        option('expert', 'Odborný partner', 'Expert partner'),
                      ],
                    },
                  ],
                },
              ],
            },
            {
              name: 'patrons',
              type: 'array',
              label: label('Záštity', 'Patrons'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'person', type: 'relationship', relationTo: 'people', required: true, label: label('Osoba', 'Person') },
                    { name: 'office', type: 'text', localized: true, maxLength: 200, label: label('Funkce', 'Office') },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('Oznámení', 'Notices'),
          fields: [
            {
              name: 'notices',
              type: 'array',
              label: label('Oznámení', 'Notices'),
              admin: { description: label('Např. změna místa konání. Lze rozeslat registrovaným.', 'E.g. a venue change. Can be sent to registrants.') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      type: 'select',
                      required: true,
                      defaultValue: 'info',
                      label: label('Druh', 'Kind'),
                      options: [
                        option('venue-change', 'Změna místa konání', 'Venue change'),
                        option('time-change', 'Změna času', 'Time change'),
                        option('cancellation', 'Zrušení', 'Cancellation'),
                        option('info', 'Informace', 'Information'),
                      ],
                    },
                    { name: 'notifyRegistrants', type: 'checkbox', defaultValue: false, label: label('Rozeslat registrovaným', 'Notify registrants') },
                    {
                      name: 'notifiedAt',
                      type: 'date',
                      label: label('Rozesláno', 'Notified at'),
                      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
                    },
                  ],
                },
                { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: label('Nadpis', 'Title') },
                { name: 'body', type: 'textarea', localized: true, maxLength: 4000, label: label('Text', 'Text') },
              ],
            },
          ],
        },
        {
          label: label('Registrace a kontakty', 'Registration and contacts'),
          fields: [
            registrationSettingsGroup(),
            registrationSummaryField,
            { name: 'contactPerson', type: 'relationship', relationTo: 'people', label: label('Kontaktní osoba', 'Contact person') },
            documentsField(),
          ],
        },
      ],
    },
    uniqueSlugField('events'),
    associationField({ label: label('Pořadatel', 'Organiser') }),
    publishedAtField(),
    ...reviewFields(),
  ],
}

type TimeValidationArgs = { req: { i18n: { language: string }; t: (key: 'validation:required') => string } }

function requiredTimeOfDay(value: string | null | undefined, args: TimeValidationArgs): string | true {
  return value ? timeOfDay(value, args) : args.req.t('validation:required')
}

function timeOfDay(value: string | null | undefined, { req }: TimeValidationArgs): string | true {
  if (!value || /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)) return true
  return req.i18n.language === 'cs' ? 'Zadejte čas ve tvaru HH:MM, např. 09:30.' : 'Enter a time as HH:MM, e.g. 09:30.'
}
