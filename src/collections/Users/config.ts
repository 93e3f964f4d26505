import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminFieldLevel } from '@/access/predicates'
import { staffOf } from '@/access/roles'
import { label, option } from '@/i18n/adminLabel'

/** Staff accounts of the admin: admins, association managers and editors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Pracovník', 'Staff user'), plural: label('Pracovníci', 'Staff users') },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== 'true' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'associations'], group: label('Správa', 'Administration') },
  access: {
    admin: ({ req }) => staffOf(req) !== null,
    read: ({ req }) => {
      const user = staffOf(req)
      if (!user) return false
      return user.role === 'admin' ? true : { id: { equals: user.id } }
    },
    create: isAdmin,
    update: ({ req }) => {
      const user = staffOf(req)
      if (!user) return false
      return user.role === 'admin' ? true : { id: { equals: user.id } }
    },
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Jméno', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: label('Role', 'Role'),
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
      options: [
        option('admin', 'Administrátor', 'Admin'),
        option('manager', 'Správce svazu', 'Association manager'),
        option('editor', 'Redaktor', 'Editor'),
      ],
    },
    {
      name: 'associations',
      type: 'relationship',
      relationTo: 'associations',
      hasMany: true,
      saveToJWT: true,
      label: label('Svazy / sdružení', 'Associations'),
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
      admin: { description: label('Redaktor a správce pracují jen pro tyto svazy.', 'Editors and managers work only for these associations.') },
      validate: (value: unknown, { siblingData, req }: { siblingData: { role?: string }; req: { i18n: { language: string } } }) => {
        const chosen = Array.isArray(value) ? value.length : 0
        if (siblingData.role === 'admin' || chosen > 0) return true
        return req.i18n.language === 'cs'
          ? 'Redaktor a správce musí mít přiřazen alespoň jeden svaz.'
          : 'Editors and managers need at least one association.'
      },
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: 'cs',
      label: label('Jazyk', 'Language'),
      options: [option('cs', 'čeština', 'Czech'), option('en', 'angličtina', 'English')],
    },
  ],
}
