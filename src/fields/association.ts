import type { RelationshipField } from 'payload'

import { idsOf, sameId } from '@/access/ids'
import { scopedAssociations, staffOf } from '@/access/roles'
import { label, type AdminLabel } from '@/i18n/adminLabel'

/**
 * The association a document belongs to. Editors may only pick — and only save — one of
 * their own associations; this check runs on every API (REST, GraphQL, Local API with
 * access), not only in the admin picker.
 */
type AssociationFieldOptions = { label?: AdminLabel; required?: boolean }

export const associationField = ({ label: fieldLabel, required = true }: AssociationFieldOptions = {}): RelationshipField => ({
  name: 'association',
  type: 'relationship',
  relationTo: 'associations',
  required,
  index: true,
  label: fieldLabel ?? label('Svaz / sdružení', 'Association'),
  admin: { position: 'sidebar' },
  defaultValue: ({ user }) => {
    if (user?.collection !== 'users' || user.role === 'admin') return undefined
    return idsOf(user.associations)[0]
  },
  filterOptions: ({ req }) => {
    const user = staffOf(req)
    const allowed = user ? scopedAssociations(user) : null
    return allowed === null ? true : { id: { in: allowed } }
  },
  validate: (value, { req }) => {
    if (value === null || value === undefined || value === '') {
      return required ? req.t('validation:required') : true
    }
    const user = staffOf(req)
    const allowed = user ? scopedAssociations(user) : null
    if (allowed !== null && !allowed.some((id) => sameId(id, value as never))) {
      return req.i18n.language === 'cs'
        ? 'Můžete vybrat jen svaz nebo sdružení, pro které pracujete.'
        : 'You can only choose an association you work for.'
    }
    return true
  },
})
