import { ValidationError, type CollectionBeforeOperationHook, type TypeWithID } from 'payload'

import { isAdminUser, memberOf, staffOf } from '@/access/roles'

/** Set by the account page after it has checked the member's current password. */
export const CURRENT_PASSWORD_CONFIRMED = 'currentPasswordConfirmed'

/**
 * E-mail and password of a member change only through the account page, which asks for the
 * current password (and confirms a new e-mail from the new mailbox), or by an admin. Without
 * this a stolen session, or an editor approving members, could take the account over by
 * PATCHing a new password or e-mail.
 */
export const guardAccountChanges: CollectionBeforeOperationHook = async ({ args, operation, req, overrideAccess }) => {
  if (operation !== 'update' || overrideAccess) return args
  const { data = {}, id } = args as { data?: Record<string, unknown>; id?: number | string }
  // The admin's form sends the e-mail back unchanged with every save; only a new value counts.
  const current = id !== undefined && typeof data.email === 'string' ? await req.payload.db.findOne<TypeWithID & { email?: string }>({ collection: 'members', req, where: { id: { equals: id } } }) : null
  const changesEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== current?.email?.toLowerCase()
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const sensitive = [...(changesEmail ? ['email'] : []), ...(changesPassword ? ['password'] : [])]
  if (sensitive.length === 0 || isAdminUser(staffOf(req))) return args
  if (memberOf(req) && req.context[CURRENT_PASSWORD_CONFIRMED] === true) return args
  const czech = req.i18n?.language === 'cs'
  throw new ValidationError({
    collection: 'members',
    errors: sensitive.map((path) => ({
      path,
      message: czech
        ? 'E-mail a heslo se mění na stránce účtu se zadáním současného hesla.'
        : 'E-mail and password are changed on the account page, which asks for the current password.',
    })),
  })
}
