import type { PluginConfig as FormBuilderPluginConfig } from '@payloadcms/plugin-form-builder/types'
import type { Field, FieldAccess } from 'payload'

import { audienceOrStaff, isStaff, nobody, staffOfDocumentAssociation } from '@/access/predicates'
import { uniqueSlugField } from '@/fields/slug'
import { associationField } from '@/fields/association'
import { audienceField } from '@/fields/audience'
import { label } from '@/i18n/adminLabel'

import { officeOnly } from '../PartnershipRequests/access'

import { MultipleChoiceBlock, ScaleBlock } from './blocks'
import { checkSubmission } from './checkSubmission'
import { formEndpoints } from './endpoints'

const never: FieldAccess = () => false

/**
 * Questionnaires and contact forms (`@payloadcms/plugin-form-builder`). Questions: single choice
 * (radio or select), multiple choice, scale, text, e-mail, number and a checkbox. A form may be
 * for members only, close on a date and take one answer per member; staff of the form's
 * association see the results and export them as CSV. The public reads a form only as far as
 * rendering it needs: the plugin's e-mail settings are readable by staff alone.
 */
export const formBuilderOptions: FormBuilderPluginConfig = {
  fields: {
    payment: false,
    state: false,
    country: false,
    date: false,
    upload: false,
    radio: true,
    // Explanations go in the form's introduction; the public page renders questions only.
    message: false,
    multipleChoice: MultipleChoiceBlock,
    scale: ScaleBlock,
  },
  formOverrides: {
    labels: { singular: label('Formulář', 'Form'), plural: label('Formuláře a dotazníky', 'Forms and questionnaires') },
    admin: { group: label('Obsah', 'Content'), defaultColumns: ['title', 'audience', 'closesAt', 'association'] },
    access: { read: audienceOrStaff, create: isStaff, update: staffOfDocumentAssociation, delete: staffOfDocumentAssociation },
    endpoints: formEndpoints,
    fields: ({ defaultFields }) => [
      ...defaultFields.map(
        (field): Field => ('name' in field && field.name === 'emails' ? ({ ...field, access: { read: officeOnly, create: officeOnly, update: officeOnly } } as Field) : field),
      ),
      uniqueSlugField('forms'),
      { name: 'intro', type: 'textarea', localized: true, maxLength: 2000, label: label('Úvodní text', 'Introduction') },
      associationField(),
      audienceField(),
      {
        name: 'closesAt',
        type: 'date',
        label: label('Přijímá odpovědi do', 'Accepts answers until'),
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'oneAnswerPerMember',
        type: 'checkbox',
        defaultValue: false,
        label: label('Jedna odpověď na člena', 'One answer per member'),
        admin: { position: 'sidebar', description: label('Platí pro dotazníky jen pro členy.', 'Applies to members-only questionnaires.') },
        validate: (value: boolean | null | undefined, { siblingData, req }: { siblingData: { audience?: string }; req: { i18n: { language: string } } }) =>
          !value || siblingData.audience === 'members'
            ? true
            : req.i18n.language === 'cs'
              ? 'Jednu odpověď na člena lze hlídat jen u formuláře jen pro členy.'
              : 'One answer per member needs a members-only form.',
      },
      {
        name: 'results',
        type: 'ui',
        admin: { components: { Field: '/collections/Forms/components/FormResults#FormResults' } },
      },
    ],
  },
  formSubmissionOverrides: {
    labels: { singular: label('Odpověď', 'Submission'), plural: label('Odpovědi', 'Submissions') },
    admin: { group: label('Obsah', 'Content'), defaultColumns: ['form', 'createdAt', 'member'] },
    access: { read: staffOfDocumentAssociation, update: nobody, delete: staffOfDocumentAssociation },
    hooks: { beforeValidate: [checkSubmission] },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      {
        name: 'association',
        type: 'relationship',
        relationTo: 'associations',
        index: true,
        label: label('Svaz / sdružení', 'Association'),
        access: { create: never, update: never },
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'member',
        type: 'relationship',
        relationTo: 'members',
        index: true,
        label: label('Odpověděl člen', 'Answered by member'),
        access: { create: never, update: never },
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'memberFormKey',
        type: 'text',
        unique: true,
        access: { create: never, update: never, read: officeOnly },
        admin: { hidden: true },
      },
    ],
  },
}
