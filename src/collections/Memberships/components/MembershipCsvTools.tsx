import type { BeforeListTableServerProps } from 'payload'

import { idsOf } from '@/access/ids'

import { MembershipCsvForm } from './MembershipCsvForm'

/**
 * Above the list of memberships: download an association's list as CSV, and (for its managers)
 * import one. The associations offered are those the staff user works for; admins get all.
 */
export async function MembershipCsvTools({ payload, user, i18n }: BeforeListTableServerProps) {
  if (user?.collection !== 'users') return null
  const admin = user.role === 'admin'
  const { docs } = await payload.find({
    collection: 'associations',
    where: admin ? undefined : { id: { in: idsOf(user.associations) } },
    select: { shortName: true },
    sort: 'shortName',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const associations = docs.map((association) => ({ id: String(association.id), shortName: association.shortName }))
  if (associations.length === 0) return null
  return (
    <MembershipCsvForm
      associations={associations}
      canImport={admin || user.role === 'manager'}
      czech={i18n.language === 'cs'}
      apiBase={`${payload.config.routes.api}/memberships`}
    />
  )
}
