import type { Field, GroupField, TextField } from 'payload'

import { label } from '@/i18n/adminLabel'

import { validateEmail, validatePhone, validateUrl } from './validators'

export const emailField = (name = 'email', required = false): Field => ({
  name,
  type: 'email',
  required,
  label: label('E-mail', 'E-mail'),
  validate: validateEmail(required),
})

export const phoneField = (name = 'phone'): TextField => ({
  name,
  type: 'text',
  label: label('Telefon', 'Phone'),
  maxLength: 40,
  validate: validatePhone,
})

export const urlField = (name = 'website', czech = 'Webové stránky', english = 'Website'): Field => ({
  name,
  type: 'text',
  label: label(czech, english),
  maxLength: 500,
  validate: validateUrl,
})

export const contactGroup = (name = 'contact'): GroupField => ({
  name,
  type: 'group',
  label: label('Kontakt', 'Contact'),
  fields: [
    { type: 'row', fields: [emailField(), phoneField()] },
    urlField(),
  ],
})

export const addressGroup = (name = 'address'): GroupField => ({
  name,
  type: 'group',
  label: label('Adresa', 'Address'),
  fields: [
    { name: 'street', type: 'text', label: label('Ulice a číslo', 'Street'), maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text', label: label('PSČ', 'Postal code'), maxLength: 12 },
        { name: 'city', type: 'text', label: label('Obec', 'City'), maxLength: 120 },
        {
          name: 'country',
          type: 'select',
          label: label('Stát', 'Country'),
          defaultValue: 'CZ',
          options: [
            { value: 'CZ', label: label('Česko', 'Czechia') },
            { value: 'PL', label: label('Polsko', 'Poland') },
            { value: 'SK', label: label('Slovensko', 'Slovakia') },
            { value: 'DE', label: label('Německo', 'Germany') },
            { value: 'AT', label: label('Rakousko', 'Austria') },
            { value: 'OTHER', label: label('Jiný', 'Other') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', label: label('Zeměpisná šířka', 'Latitude'), min: -90, max: 90 },
        { name: 'longitude', type: 'number', label: label('Zeměpisná délka', 'Longitude'), min: -180, max: 180 },
      ],
    },
  ],
})
