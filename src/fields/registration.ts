import type { GroupField } from 'payload'

import { label } from '@/i18n/adminLabel'

/** When and how many people may register; capacity decisions use these values. */
export const registrationSettingsGroup = (): GroupField => ({
  name: 'registration',
  type: 'group',
  label: label('Registrace', 'Registration'),
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false, label: label('Registrace povolena', 'Registration enabled') },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', type: 'date', label: label('Otevírá se', 'Opens at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'closesAt',
          type: 'date',
          label: label('Uzavírá se', 'Closes at'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: Date | string | null | undefined, { siblingData, req }: { siblingData: { opensAt?: string | null }; req: { i18n: { language: string } } }) => {
            if (!value || !siblingData.opensAt) return true
            return new Date(value) > new Date(siblingData.opensAt)
              ? true
              : req.i18n.language === 'cs'
                ? 'Uzávěrka musí být po otevření registrace.'
                : 'Registration must close after it opens.'
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', min: 1, max: 100000, label: label('Kapacita', 'Capacity') },
        { name: 'waitlist', type: 'checkbox', defaultValue: true, label: label('Náhradníci po naplnění', 'Waitlist when full') },
        { name: 'membersOnly', type: 'checkbox', defaultValue: false, label: label('Jen pro přihlášené členy', 'Members only') },
      ],
    },
    {
      name: 'consentText',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      label: label('Text souhlasu se zpracováním osobních údajů', 'Personal data consent text'),
    },
    {
      name: 'consentVersion',
      type: 'text',
      maxLength: 40,
      defaultValue: '2025-01',
      label: label('Verze textu souhlasu', 'Consent text version'),
    },
  ],
})
