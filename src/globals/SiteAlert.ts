import type { GlobalConfig } from 'payload'

import { anyone, isAdminOrManager } from '@/access/predicates'
import { label, option } from '@/i18n/adminLabel'

/** A banner across the whole site, e.g. a venue change or an outage. */
export const SiteAlert: GlobalConfig = {
  slug: 'site-alert',
  label: label('Upozornění na webu', 'Site-wide alert'),
  admin: { group: label('Web', 'Website') },
  access: { read: anyone, update: isAdminOrManager },
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false, label: label('Zobrazit', 'Show') },
    {
      name: 'level',
      type: 'select',
      defaultValue: 'info',
      label: label('Závažnost', 'Level'),
      options: [option('info', 'Informace', 'Information'), option('warning', 'Varování', 'Warning'), option('critical', 'Kritické', 'Critical')],
    },
    { name: 'message', type: 'text', localized: true, maxLength: 300, label: label('Text', 'Message') },
    { name: 'linkUrl', type: 'text', maxLength: 500, label: label('Odkaz', 'Link') },
    { name: 'expiresAt', type: 'date', label: label('Platí do', 'Expires at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
