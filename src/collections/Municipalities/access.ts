import { ValidationError, type Access, type CollectionBeforeOperationHook } from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { isAdminUser, isApprovedMember, isManagerUser, memberOf, staffOf } from '@/access/roles'

/** What an approved member may keep current about their own municipality. */
export const MEMBER_EDITABLE_FIELDS = ['website', 'contact', 'coatOfArms'] as const

/** The register is kept by admins and managers; an approved member updates their own municipality's profile. */
export const updateMunicipality: Access = ({ req }) => {
  const staff = staffOf(req)
  if (isAdminUser(staff) || isManagerUser(staff)) return true
  const member = memberOf(req)
  const own = idOf(member?.municipality as Ref)
  return isApprovedMember(req) && own !== undefined ? { id: { equals: own } } : false
}

/** A member's change that touches anything but the profile fields is refused as a whole, naming the fields. */
export const limitMemberEdits: CollectionBeforeOperationHook = ({ args, operation, req, overrideAccess }) => {
  if (operation !== 'update' || overrideAccess || !memberOf(req)) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const refused = Object.keys(data).filter((key) => !(MEMBER_EDITABLE_FIELDS as readonly string[]).includes(key) && key !== 'id')
  if (refused.length === 0) return args
  const czech = req.i18n?.language === 'cs'
  throw new ValidationError({
    collection: 'municipalities',
    errors: refused.map((path) => ({
      path,
      message: czech
        ? 'Zástupce obce může měnit jen webové stránky, kontakt a znak obce.'
        : 'A representative of the municipality may change only its website, contact details and coat of arms.',
    })),
  })
}
