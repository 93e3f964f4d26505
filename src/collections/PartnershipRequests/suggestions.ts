import type { PayloadRequest } from 'payload'

import { idOf, idsOf, type Id } from '@/access/ids'
import type { Locale } from '@/domain/locale/locales'
import { rankSuggestions, type MatchCandidate, type MatchProfile } from '@/domain/partnerships/matching'
import { describeMatchReason, partnershipMessagesFor } from '@/i18n/partnershipMessages'
import type { Municipality, Region } from '@/payload-types'

export type ExplainedSuggestion = {
  kind: MatchCandidate['kind']
  id: string
  title: string
  /** Where the office opens the suggestion in the admin. */
  adminPath: string
  score: number
  reasons: string[]
}

const OPEN_STATUSES = ['submitted', 'in-review', 'partner-contacted', 'partner-proposed']

const populationOf = (municipality: unknown): number | null =>
  typeof municipality === 'object' && municipality !== null ? ((municipality as Municipality).population ?? null) : null

/**
 * Established partnerships and other open applications that could help with an application,
 * ranked and explained in `locale`. Everything is read with the requesting user's access, so
 * an office sees only what it may see anyway.
 */
export async function suggestionsFor(req: PayloadRequest, applicationId: Id, locale: Locale): Promise<ExplainedSuggestion[]> {
  const { payload } = req
  const application = await payload.findByID({ collection: 'partnership-requests', id: applicationId, depth: 1, req, overrideAccess: false })
  const regionIds = idsOf(application.desiredRegions)
  if (regionIds.length === 0) return []

  const [partnerships, applications, regions] = await Promise.all([
    payload.find({ collection: 'partnerships', where: { partnerRegion: { in: regionIds } }, depth: 1, limit: 500, req, overrideAccess: false }),
    payload.find({
      collection: 'partnership-requests',
      where: { and: [{ desiredRegions: { in: regionIds } }, { id: { not_equals: application.id } }, { status: { in: OPEN_STATUSES } }] },
      depth: 1,
      limit: 500,
      req,
      overrideAccess: false,
    }),
    payload.find({ collection: 'regions', where: { id: { in: regionIds } }, depth: 0, limit: regionIds.length, locale, req, overrideAccess: false }),
  ])
  const regionById = new Map(regions.docs.map((region) => [String(region.id), region]))

  const subject: MatchProfile = {
    regionIds: regionIds.map(String),
    areas: application.cooperationAreas ?? [],
    languages: application.languages ?? [],
    population: application.population ?? populationOf(application.municipality),
  }
  const candidates: MatchCandidate[] = [
    ...partnerships.docs.map((partnership) => {
      const region = partnership.partnerRegion as Region | number | string
      return {
        kind: 'partnership' as const,
        id: String(partnership.id),
        profile: {
          regionIds: [String(idOf(region))],
          areas: partnership.areas ?? [],
          languages: typeof region === 'object' ? (region.languages ?? []) : [],
          population: populationOf(partnership.municipality),
        },
      }
    }),
    ...applications.docs.map((other) => ({
      kind: 'application' as const,
      id: String(other.id),
      profile: {
        regionIds: idsOf(other.desiredRegions).map(String),
        areas: other.cooperationAreas ?? [],
        languages: other.languages ?? [],
        population: other.population ?? populationOf(other.municipality),
      },
    })),
  ]

  const t = partnershipMessagesFor(locale)
  const titleOf = (kind: MatchCandidate['kind'], id: string): string => {
    if (kind === 'partnership') {
      const partnership = partnerships.docs.find((doc) => String(doc.id) === id)
      const municipality = partnership?.municipality
      return `${t.matching.partnership}: ${typeof municipality === 'object' && municipality ? municipality.name : ''} ↔ ${partnership?.partnerName ?? ''}`
    }
    const other = applications.docs.find((doc) => String(doc.id) === id)
    return `${t.matching.application}: ${other?.reference ?? ''} ${other?.applicantName ?? ''} (${other ? t.statuses[other.status ?? 'submitted'] : ''})`
  }
  return rankSuggestions(subject, candidates).map((suggestion) => ({
    kind: suggestion.kind,
    id: suggestion.id,
    title: titleOf(suggestion.kind, suggestion.id),
    adminPath: `/admin/collections/${suggestion.kind === 'partnership' ? 'partnerships' : 'partnership-requests'}/${suggestion.id}`,
    score: suggestion.score,
    reasons: suggestion.reasons.map((reason) => describeMatchReason(reason, locale, (id) => regionById.get(id)?.name ?? id)),
  }))
}
