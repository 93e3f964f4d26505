import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf, type Id, type Ref } from '@/access/ids'
import type { Membership } from '@/payload-types'

import { refreshMemberCount, refreshMemberOf } from '../derived'

/** Set by the bulk import, which refreshes every touched municipality and association once at the end. */
export const DEFER_DERIVED = 'deferMembershipDerived'

const distinct = (refs: Ref[]): Id[] => {
  const ids = new Map<string, Id>()
  for (const ref of refs) {
    const id = idOf(ref)
    if (id !== undefined) ids.set(String(id), id)
  }
  return [...ids.values()]
}

export const refreshAfterChange: CollectionAfterChangeHook<Membership> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context[DEFER_DERIVED]) return doc
  const before = operation === 'update' ? previousDoc : undefined
  const unchanged =
    before !== undefined &&
    before.status === doc.status &&
    String(idOf(before.municipality)) === String(idOf(doc.municipality)) &&
    String(idOf(before.association)) === String(idOf(doc.association))
  if (unchanged) return doc
  for (const municipality of distinct([doc.municipality, before?.municipality])) await refreshMemberOf(req.payload, municipality, req)
  for (const association of distinct([doc.association, before?.association])) await refreshMemberCount(req.payload, association, req)
  return doc
}

export const refreshAfterDelete: CollectionAfterDeleteHook<Membership> = async ({ doc, req, context }) => {
  if (context[DEFER_DERIVED]) return doc
  const municipality = idOf(doc.municipality)
  const association = idOf(doc.association)
  if (municipality !== undefined) await refreshMemberOf(req.payload, municipality, req)
  if (association !== undefined) await refreshMemberCount(req.payload, association, req)
  return doc
}
