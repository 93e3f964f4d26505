import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/predicates'
import { label } from '@/i18n/adminLabel'

/**
 * How many registrations of one event or seminar term hold a seat and how many wait. Every
 * change of a registration's seat first updates this one document, with a conditional atomic
 * update (`confirmed < capacity`), inside the same transaction as the registration: SQLite runs
 * such transactions one after another, and on MongoDB two transactions writing the same counter
 * conflict and one is retried, so the capacity holds however many requests and servers race.
 * Internal bookkeeping: no API access, not in the admin.
 */
export const RegistrationCounters: CollectionConfig = {
  slug: 'registration-counters',
  labels: { singular: label('Počítadlo registrací', 'Registration counter'), plural: label('Počítadla registrací', 'Registration counters') },
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, maxLength: 120, label: label('Akce nebo termín', 'Event or term') },
    { name: 'confirmed', type: 'number', required: true, defaultValue: 0, min: 0, label: label('Potvrzeno', 'Confirmed') },
    { name: 'waitlisted', type: 'number', required: true, defaultValue: 0, min: 0, label: label('Náhradníci', 'Waitlisted') },
  ],
}
