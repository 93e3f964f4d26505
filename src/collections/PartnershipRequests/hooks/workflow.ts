import type { CollectionBeforeChangeHook } from 'payload'

import { staffOf } from '@/access/roles'
import { formatReference } from '@/domain/partnerships/status'

export const assignReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const year = new Date().getFullYear()
  const { totalDocs } = await req.payload.count({
    collection: 'partnership-requests',
    where: { reference: { like: `PR-${year}-` } },
    overrideAccess: true,
    req,
  })
  data.reference = formatReference(year, totalDocs + 1)
  return data
}

/** Every status change is recorded with who made it and when. */
export const recordStatusHistory: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'submitted'
  if (operation === 'update' && status === originalDoc?.status) return data
  const staff = staffOf(req)
  const by = staff ? `${staff.name} <${staff.email}>` : 'applicant'
  data.history = [...(originalDoc?.history ?? []), { status, at: new Date().toISOString(), by }]
  return data
}
