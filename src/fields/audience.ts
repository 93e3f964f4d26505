import type { SelectField } from 'payload'

import { label, option } from '@/i18n/adminLabel'

export const AUDIENCES = ['public', 'members'] as const
export type Audience = (typeof AUDIENCES)[number]

/** Who may read a document in full: everyone, or approved members only (see `membersOnlyField`); visitors get a teaser. */
export const audienceField = (): SelectField => ({
  name: 'audience',
  type: 'select',
  required: true,
  defaultValue: 'public',
  index: true,
  label: label('Kdo smí číst', 'Audience'),
  options: [option('public', 'Veřejnost', 'Public'), option('members', 'Jen členové', 'Members only')],
  admin: { position: 'sidebar' },
})
