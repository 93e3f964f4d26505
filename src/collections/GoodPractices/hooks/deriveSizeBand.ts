import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { sizeBandOf } from '@/domain/municipalities/sizeBand'

export const deriveSizeBand: CollectionBeforeChangeHook = async ({ data, req }) => {
  const municipalityId = idOf(data.municipality as Ref)
  if (municipalityId === undefined) return data
  const municipality = await req.payload.findByID({
    collection: 'municipalities',
    id: municipalityId,
    depth: 0,
    select: { population: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  data.sizeBand = sizeBandOf(municipality?.population ?? null)
  return data
}
