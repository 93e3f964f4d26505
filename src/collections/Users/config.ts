import type { CollectionConfig, RelationshipFieldManyValidation } from 'payload'

import { accountSecurity } from '@/access/accountSecurity'
import { idsOf, sameId, type Ref } from '@/access/ids'
import { isAdminFieldLevel, isAdminOrManager } from '@/access/predicates'
import { isManagerUser, staffOf } from '@/access/roles'
import { secureCookies } from '@/domain/security/crossSite'
import { label, option } from '@/i18n/adminLabel'

import { adminOrManagerField, createStaff, deleteStaff, readStaff, updateStaff } from './access'

const say = (language: string, cs: string, en: string) => (language === 'cs' ? cs : en)

/**
 * Editors and managers need an association; a manager may add or remove only their own
 * associations (an editor who also works for another association keeps it).
 */
const validateAssociations: RelationshipFieldManyValidation = (value, { siblingData, req, previousValue }) => {
  // Associations is a single-collection relationship: its values are ids or populated documents.
  const chosen = idsOf((value ?? []) as Ref[])
  const role = (siblingData as { role?: string }).role
  if (role !== 'admin' && chosen.length === 0) {
    return say(req.i18n.language, 'Redaktor a správce musí mít přiřazen alespoň jeden svaz.', 'Editors and managers need at least one association.')
  }
  const user = staffOf(req)
  if (!user || !isManagerUser(user)) return true
  const own = idsOf(user.associations)
  const before = idsOf((previousValue as Ref[] | null | undefined) ?? [])
  const changed = [...chosen.filter((id) => !before.some((old) => sameId(old, id))), ...before.filter((old) => !chosen.some((id) => sameId(id, old)))]
  if (changed.every((id) => own.some((mine) => sameId(mine, id)))) return true
  return say(req.i18n.language, 'Můžete přidat nebo odebrat jen svazy, které sám spravujete.', 'You can only add or remove associations you manage yourself.')
}

/** Staff accounts of the admin: admins, association managers and editors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Pracovník', 'Staff user'), plural: label('Pracovníci', 'Staff users') },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // See Members: the per-account rate limit of accountSecurity replaces Payload's interval.
    forgotPassword: { minRequestInterval: 0 },
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: secureCookies(process.env) },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'associations'], group: label('Správa', 'Administration') },
  access: {
    admin: ({ req }) => staffOf(req) !== null,
    read: readStaff,
    create: createStaff,
    update: updateStaff,
    delete: deleteStaff,
    unlock: isAdminOrManager,
  },
  hooks: { beforeOperation: [accountSecurity] },
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
      access: { create: adminOrManagerField, update: adminOrManagerField },
      admin: { description: label('Redaktor a správce pracují jen pro tyto svazy.', 'Editors and managers work only for these associations.') },
      validate: validateAssociations,
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
