import type { CollectionConfig } from 'payload'

import { accountSecurity } from '@/access/accountSecurity'
import { isAdmin, isAdminFieldLevel, isAdminOrManager, isStaffFieldLevel } from '@/access/predicates'
import { secureCookies } from '@/domain/security/crossSite'
import { sameSiteOnly } from '@/endpoints/sameSiteOnly'
import { phoneField } from '@/fields/contact'
import { positionOptions, siteLanguageOptions } from '@/fields/options'
import { label, option } from '@/i18n/adminLabel'

import { ownAccountOrReviewer, selfOrAdminField } from './access'
import { passwordResetMail, verificationMail } from './emails'
import { signUpEndpoint } from './endpoints'
import { autoApprove } from './hooks/autoApprove'
import { announceApproval, recordApproval } from './hooks/approval'
import { guardAccountChanges } from './hooks/guardAccountChanges'
import { memberSessionStrategy } from './session'

const nobody = () => false
const hiddenFromEveryone = { read: nobody, create: nobody, update: nobody }

/**
 * Portal accounts of municipality representatives. A separate auth collection from staff
 * users: members never reach the admin, verify their e-mail before the first log-in and see
 * members-only content once an editor of one of their municipality's associations approves them
 * (or at once when their e-mail is on the municipality's own domain, see `autoApprove`).
 * Visitors sign up through `POST /api/members/sign-up`; the collection's own create is staff's.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: label('Člen', 'Member'), plural: label('Členové', 'Members') },
  auth: {
    verify: { generateEmailSubject: verificationMail.subject, generateEmailHTML: verificationMail.html },
    forgotPassword: {
      generateEmailSubject: passwordResetMail.subject,
      generateEmailHTML: passwordResetMail.html,
      // Payload's own per-account interval reserves the account outside the operation's
      // transaction, which SQLite refuses as "database is locked"; the per-account rate limit
      // of accountSecurity (3 requests in 15 minutes) takes its place.
      minRequestInterval: 0,
    },
    tokenExpiration: 60 * 60 * 24 * 14,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    strategies: [memberSessionStrategy],
    cookies: { sameSite: 'Lax', secure: secureCookies(process.env) },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'lastName', 'municipality', 'position', 'approvalStatus'],
    group: label('Členové', 'Members'),
    description: label(
      'Vidíte členy obcí, které jsou členy vašich svazů. Schválený člen vidí obsah pro členy.',
      'You see the members of municipalities that belong to your associations. An approved member sees members-only content.',
    ),
  },
  access: {
    admin: () => false,
    create: isAdminOrManager,
    read: ownAccountOrReviewer,
    update: ownAccountOrReviewer,
    delete: isAdmin,
    unlock: isAdminOrManager,
  },
  endpoints: [sameSiteOnly(signUpEndpoint)],
  hooks: {
    beforeOperation: [accountSecurity, guardAccountChanges],
    beforeChange: [autoApprove, recordApproval],
    afterChange: [announceApproval],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', required: true, maxLength: 80, label: label('Jméno', 'First name'), access: { update: selfOrAdminField } },
        { name: 'lastName', type: 'text', required: true, maxLength: 80, label: label('Příjmení', 'Last name'), access: { update: selfOrAdminField } },
      ],
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      required: true,
      index: true,
      label: label('Obec', 'Municipality'),
      // Approval is for one municipality; moving to another would carry the approval along.
      access: { update: isAdminFieldLevel },
    },
    {
      name: 'position',
      type: 'select',
      required: true,
      defaultValue: 'official',
      label: label('Funkce', 'Position'),
      access: { update: selfOrAdminField },
      options: positionOptions,
    },
    { ...phoneField(), access: { update: selfOrAdminField } },
    {
      name: 'approvalStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      saveToJWT: true,
      label: label('Schválení', 'Approval'),
      access: { create: isStaffFieldLevel, update: isStaffFieldLevel },
      admin: { position: 'sidebar' },
      options: [
        option('pending', 'Čeká na schválení', 'Pending'),
        option('approved', 'Schválen', 'Approved'),
        option('rejected', 'Zamítnut', 'Rejected'),
      ],
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Schválil', 'Approved by'),
      access: { read: isStaffFieldLevel, create: nobody, update: nobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('Prázdné u schváleného člena: schválen automaticky podle domény e-mailu.', 'Empty for an approved member: approved automatically by e-mail domain.'),
      },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: label('Schváleno', 'Approved at'),
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      required: true,
      defaultValue: 'cs',
      label: label('Preferovaný jazyk', 'Preferred language'),
      access: { update: selfOrAdminField },
      options: siteLanguageOptions,
    },
    // A requested change of e-mail waits here until the new address confirms it (see emailChange.ts).
    { name: 'pendingEmail', type: 'email', access: hiddenFromEveryone, admin: { hidden: true } },
    { name: 'emailChangeTokenHash', type: 'text', index: true, access: hiddenFromEveryone, admin: { hidden: true } },
    { name: 'emailChangeExpiresAt', type: 'date', access: hiddenFromEveryone, admin: { hidden: true } },
  ],
}
