import type { CooperationArea } from './cooperationAreas'

/** What matching compares: where a partner is wanted, for what, in which languages, and how big the applicant is. */
export type MatchProfile = {
  regionIds: readonly string[]
  areas: readonly CooperationArea[]
  languages: readonly string[]
  population?: number | null
}

export type MatchCandidate = {
  /** An established partnership (a municipality that already cooperates there) or another open application. */
  kind: 'partnership' | 'application'
  id: string
  profile: MatchProfile
}

export type MatchReason =
  | { kind: 'same-regions'; regionIds: string[] }
  | { kind: 'shared-areas'; areas: CooperationArea[] }
  | { kind: 'shared-languages'; languages: string[] }
  | { kind: 'similar-size' | 'comparable-size'; ratio: number }

export type Suggestion = MatchCandidate & { score: number; reasons: MatchReason[] }

const WEIGHTS = { region: 4, area: 3, language: 1, similarSize: 2, comparableSize: 1 }

const shared = <T>(left: readonly T[], right: readonly T[]): T[] => left.filter((item) => right.includes(item))

/** Populations within a factor of two are similar; within a factor of five, comparable. */
function sizeReason(left?: number | null, right?: number | null): { reason: MatchReason; points: number } | null {
  if (!left || !right || left <= 0 || right <= 0) return null
  const ratio = Math.max(left, right) / Math.min(left, right)
  if (ratio <= 2) return { reason: { kind: 'similar-size', ratio }, points: WEIGHTS.similarSize }
  if (ratio <= 5) return { reason: { kind: 'comparable-size', ratio }, points: WEIGHTS.comparableSize }
  return null
}

/**
 * Ranks partnerships and applications that could help the office with `subject`: a candidate
 * must want (or have) a partner in one of the same regions and share at least one cooperation
 * area; more shared regions and areas, a common language and a similar size rank it higher.
 * Every suggestion says why it was made. Ties keep partnerships before applications, then id order,
 * so the list is stable between page views.
 */
export function rankSuggestions(subject: MatchProfile, candidates: readonly MatchCandidate[], limit = 10): Suggestion[] {
  const suggestions: Suggestion[] = []
  for (const candidate of candidates) {
    const regionIds = shared(subject.regionIds, candidate.profile.regionIds)
    const areas = shared(subject.areas, candidate.profile.areas)
    if (regionIds.length === 0 || areas.length === 0) continue
    const reasons: MatchReason[] = [
      { kind: 'same-regions', regionIds },
      { kind: 'shared-areas', areas },
    ]
    let score = WEIGHTS.region * regionIds.length + WEIGHTS.area * areas.length
    const languages = shared(subject.languages, candidate.profile.languages)
    if (languages.length > 0) {
      reasons.push({ kind: 'shared-languages', languages })
      score += WEIGHTS.language * languages.length
    }
    const size = sizeReason(subject.population, candidate.profile.population)
    if (size) {
      reasons.push(size.reason)
      score += size.points
    }
    suggestions.push({ ...candidate, score, reasons })
  }
  return suggestions
    .sort((a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === 'partnership' ? -1 : 1) || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .slice(0, limit)
}
