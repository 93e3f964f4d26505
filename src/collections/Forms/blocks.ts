import type { Block, Field } from 'payload'

import { label } from '@/i18n/adminLabel'

const nameAndLabel: Field = {
  type: 'row',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: label('Název pole (bez mezer)', 'Field name (no spaces)'),
      validate: (value: string | null | undefined, { req }: { req: { i18n: { language: string } } }) =>
        !value || /^[A-Za-z][A-Za-z0-9_-]*$/.test(value)
          ? true
          : req.i18n.language === 'cs'
            ? 'Jen písmena bez diakritiky, číslice, - a _; začíná písmenem.'
            : 'Letters without accents, digits, - and _ only; starting with a letter.',
      admin: { width: '50%' },
    },
    { name: 'label', type: 'text', localized: true, label: label('Otázka', 'Question'), admin: { width: '50%' } },
  ],
}

const required: Field = { name: 'required', type: 'checkbox', label: label('Povinná odpověď', 'Answer required') }

/** Several answers may be ticked; each option's value is stored, one per line. */
export const MultipleChoiceBlock: Block = {
  slug: 'multipleChoice',
  labels: { singular: label('Více možností', 'Multiple choice'), plural: label('Více možností', 'Multiple choice') },
  fields: [
    nameAndLabel,
    {
      name: 'options',
      type: 'array',
      minRows: 2,
      label: label('Možnosti', 'Options'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, localized: true, label: label('Text možnosti', 'Option text') },
            {
              name: 'value',
              type: 'text',
              required: true,
              label: label('Hodnota (pro export)', 'Value (for export)'),
              validate: (value: string | null | undefined) => (value && /[\r\n]/.test(value) ? 'Value must be a single line.' : true),
            },
          ],
        },
      ],
    },
    required,
  ],
}

/** A rating from `min` to `max` (e.g. 1–5), with optional words for both ends. */
export const ScaleBlock: Block = {
  slug: 'scale',
  labels: { singular: label('Škála', 'Scale'), plural: label('Škály', 'Scales') },
  fields: [
    nameAndLabel,
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', required: true, defaultValue: 1, min: 0, max: 10, label: label('Od', 'From') },
        {
          name: 'max',
          type: 'number',
          required: true,
          defaultValue: 5,
          min: 1,
          max: 10,
          label: label('Do', 'To'),
          validate: (value: number | null | undefined, { siblingData, req }: { siblingData: { min?: number }; req: { i18n: { language: string } } }) =>
            value === null || value === undefined || value > (siblingData.min ?? 0)
              ? true
              : req.i18n.language === 'cs'
                ? 'Horní mez musí být větší než dolní.'
                : 'The upper end must be above the lower end.',
        },
        { name: 'minLabel', type: 'text', localized: true, label: label('Popis dolní meze', 'Lower end label') },
        { name: 'maxLabel', type: 'text', localized: true, label: label('Popis horní meze', 'Upper end label') },
      ],
    },
    required,
  ],
}
