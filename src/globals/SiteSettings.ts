import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access/predicates'
import { contactGroup } from '@/fields/contact'
import { label } from '@/i18n/adminLabel'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Nastavení webu', 'Site settings'),
  admin: { group: label('Web', 'Website') },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, maxLength: 120, label: label('Název webu', 'Site name') },
    { name: 'tagline', type: 'text', localized: true, maxLength: 200, label: label('Podtitul', 'Tagline') },
    contactGroup(),
    { name: 'defaultShareImage', type: 'upload', relationTo: 'media', label: label('Obrázek pro sdílení', 'Default share image') },
    { name: 'accessibilityStatement', type: 'relationship', relationTo: 'pages', label: label('Prohlášení o přístupnosti', 'Accessibility statement') },
    { name: 'privacyPolicy', type: 'relationship', relationTo: 'pages', label: label('Zásady ochrany osobních údajů', 'Privacy policy') },
    {
      name: 'memberAutoApproval',
      type: 'checkbox',
      defaultValue: true,
      label: label('Automaticky schválit člena s e-mailem z domény obce', "Auto-approve members whose e-mail domain is their municipality's"),
    },
    {
      name: 'registrationRetentionMonths',
      type: 'number',
      min: 1,
      max: 120,
      defaultValue: 24,
      label: label('Anonymizovat registrace po (měsících)', 'Anonymise registrations after (months)'),
    },
  ],
}
