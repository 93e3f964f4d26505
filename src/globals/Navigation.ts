import type { Field, GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access/predicates'
import { validateUrl } from '@/fields/validators'
import { label } from '@/i18n/adminLabel'

const navigationItems = (name: string, czech: string, english: string): Field => ({
  name,
  type: 'array',
  localized: true,
  maxRows: 12,
  label: label(czech, english),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 60, label: label('Text', 'Label') },
        { name: 'page', type: 'relationship', relationTo: 'pages', label: label('Stránka', 'Page') },
        { name: 'url', type: 'text', maxLength: 500, label: label('Nebo adresa', 'Or address'), validate: (value: string | null | undefined, args: Parameters<typeof validateUrl>[1]) => (value?.startsWith('/') ? true : validateUrl(value, args)) },
      ],
    },
  ],
})

/** Main and footer navigation, per locale (each language has its own menu). */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: label('Navigace', 'Navigation'),
  admin: { group: label('Web', 'Website') },
  access: { read: anyone, update: isAdmin },
  fields: [navigationItems('main', 'Hlavní menu', 'Main menu'), navigationItems('footer', 'Patička', 'Footer')],
}
