import type { TextFieldSingleValidation, EmailFieldValidation } from 'payload'

import { isPhone, isWebUrl } from '@/domain/validation/formats'

/** Messages in the admin language of the request; the public site has its own dictionaries. */
const say = (language: string, cs: string, en: string) => (language === 'cs' ? cs : en)

export const validateUrl: TextFieldSingleValidation = (value, { req }) =>
  !value || isWebUrl(value)
    ? true
    : say(req.i18n.language, 'Zadejte adresu začínající https:// nebo http://', 'Enter an address starting with https:// or http://')

export const validatePhone: TextFieldSingleValidation = (value, { req }) =>
  !value || isPhone(value)
    ? true
    : say(req.i18n.language, 'Zadejte telefon jen s číslicemi, mezerami a případně +', 'Enter a phone number of digits, spaces and an optional +')

export const validateEmail =
  (required: boolean): EmailFieldValidation =>
  (value, { req }) => {
    if (!value) return required ? req.t('validation:required') : true
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? true : req.t('validation:emailAddress')
  }
