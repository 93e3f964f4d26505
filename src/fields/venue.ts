import type { GroupField } from 'payload'

import { label } from '@/i18n/adminLabel'

import { addressGroup, urlField } from './contact'

/** Where an event or seminar term happens: a place, an online link, or both. */
export const venueGroup = (): GroupField => ({
  name: 'venue',
  type: 'group',
  label: label('Místo konání', 'Venue'),
  fields: [
    { name: 'name', type: 'text', localized: true, maxLength: 200, label: label('Název místa', 'Venue name') },
    addressGroup(),
    urlField('onlineUrl', 'Odkaz na online přenos', 'Online link'),
  ],
})
