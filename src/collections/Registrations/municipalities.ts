import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '@/access/ids'
import type { Problem } from '@/domain/registration/input'
import { searchKey } from '@/domain/search/searchKey'

type Found = { id: Id; name: string; district?: string | null }

/** "Březina (Brno-venkov)": what the type-ahead offers and the form sends back. */
export const municipalityLabel = (municipality: Pick<Found, 'name' | 'district'>): string =>
  municipality.district ? `${municipality.name} (${municipality.district})` : municipality.name

const splitLabel = (text: string): { name: string; district?: string } => {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text)
  return match?.[1] && match[2] ? { name: match[1], district: match[2] } : { name: text }
}

/**
 * Municipalities whose name starts with what was typed, accents and case ignored ("plz" finds
 * Plzeň and the Plzeň districts' villages). A range on the indexed search key, so it stays fast
 * on the whole register of 6,258 municipalities.
 */
export async function suggestMunicipalities(payload: Payload, typed: string, limit = 10): Promise<Array<{ id: Id; label: string }>> {
  const prefix = searchKey(splitLabel(typed).name)
  if (prefix.length < 2) return []
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { and: [{ searchName: { greater_than_equal: prefix } }, { searchName: { less_than: `${prefix}\uffff` } }] },
    sort: ['searchName', 'district'],
    limit,
    depth: 0,
    select: { name: true, district: true },
  })
  return docs.map((doc) => ({ id: doc.id, label: municipalityLabel(doc) }))
}

/** The municipality a form's text names, or why it names none (unknown, or several of that name). */
export async function resolveMunicipality(
  payload: Payload,
  text: string,
  req?: PayloadRequest,
): Promise<{ ok: true; id: Id; label: string } | { ok: false; problem: Problem }> {
  const { name, district } = splitLabel(text)
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { searchName: { equals: searchKey(name) } },
    sort: 'district',
    limit: 50,
    depth: 0,
    select: { name: true, district: true },
    req,
  })
  const matching = district ? docs.filter((doc) => searchKey(doc.district ?? '') === searchKey(district)) : docs
  const [only] = matching
  if (matching.length === 1 && only) return { ok: true, id: only.id, label: municipalityLabel(only) }
  if (matching.length === 0) return { ok: false, problem: { code: 'municipalityUnknown' } }
  return { ok: false, problem: { code: 'municipalityAmbiguous', choices: matching.map(municipalityLabel) } }
}
