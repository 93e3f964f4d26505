import type { CollectionConfig } from 'payload'

import { anyone, isStaff, selfMemberOrStaff } from '@/access/predicates'
import { staffOf } from '@/access/roles'
import { phoneField } from '@/fields/contact'
import { positionOptions, siteLanguageOptions } from '@/fields/options'
import { label, option } from '@/i18n/adminLabel'

const staffOnlyField = ({ req }: { req: Parameters<typeof staffOf>[0] }) => staffOf(req) !== null

/**
 * Portal accounts of municipality representatives. A separate auth collection from staff
 * users: members never reach the admin, and their e-mail must be verified before log-in.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: label('Člen', 'Member'), plural: label('Členové', 'Members') },
  auth: {
    verify: true,
    tokenExpiration: 60 * 60 * 24 * 14,
    maxLoginAttempts: 10,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== 'true' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'lastName', 'municipality', 'position', 'approvalStatus'],
    group: label('Členové', 'Members'),
  },
  access: {
    admin: () => false,
    create: anyone,
    read: selfMemberOrStaff,
    update: selfMemberOrStaff,
    delete: isStaff,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', required: true, maxLength: 80, label: label('Jméno', 'First name') },
        { name: 'lastName', type: 'text', required: true, maxLength: 80, label: label('Příjmení', 'Last name') },
      ],
    },
    { name: 'municipality', type: 'relationship', relationTo: 'municipalities', required: true, index: true, label: label('Obec', 'Municipality') },
    {
      name: 'position',
      type: 'select',
      required: true,
      defaultValue: 'official',
      label: label('Funkce', 'Position'),
      options: positionOptions,
    },
    phoneField(),
    {
      name: 'approvalStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      saveToJWT: true,
      label: label('Schválení', 'Approval'),
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar' },
      options: [
        option('pending', 'Čeká na schválení', 'Pending'),
        option('approved', 'Schválen', 'Approved'),
        option('rejected', 'Zamítnut', 'Rejected'),
      ],
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      required: true,
      defaultValue: 'cs',
      label: label('Preferovaný jazyk', 'Preferred language'),
      options: siteLanguageOptions,
    },
  ],
}
