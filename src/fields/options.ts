import { option } from '@/i18n/adminLabel'

/** Positions of municipality representatives, for member accounts and registrations alike. */
export const positionOptions = [
  option('mayor', 'Starosta / starostka', 'Mayor'),
  option('deputy-mayor', 'Místostarosta / místostarostka', 'Deputy mayor'),
  option('secretary', 'Tajemník / tajemnice', 'Secretary'),
  option('official', 'Úředník / úřednice', 'Official'),
  option('other', 'Jiná', 'Other'),
]

/** Languages of the public site, in which members and registrants are written to. */
export const siteLanguageOptions = [option('cs', 'čeština', 'Czech'), option('pl', 'polština', 'Polish'), option('en', 'angličtina', 'English')]

/** Languages a partner region or an applicant can work in. */
export const cooperationLanguageOptions = [
  ...siteLanguageOptions,
  option('sk', 'slovenština', 'Slovak'),
  option('de', 'němčina', 'German'),
  option('fr', 'francouzština', 'French'),
  option('other', 'jiný', 'other'),
]
