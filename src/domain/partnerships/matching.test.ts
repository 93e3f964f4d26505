import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { COOPERATION_AREAS } from './cooperationAreas'
import { rankSuggestions, type MatchCandidate, type MatchProfile } from './matching'

const kolin: MatchProfile = { regionIds: ['silesia', 'mazovia'], areas: ['culture', 'schools-youth'], languages: ['pl', 'en'], population: 33_000 }

const candidate = (id: string, profile: Partial<MatchProfile>, kind: MatchCandidate['kind'] = 'application'): MatchCandidate => ({
  kind,
  id,
  profile: { regionIds: [], areas: [], languages: [], ...profile },
})

describe('matching suggestions', () => {
  it('suggests only candidates in a common region with a common area', () => {
    const suggestions = rankSuggestions(kolin, [
      candidate('other-region', { regionIds: ['bavaria'], areas: ['culture'] }),
      candidate('other-areas', { regionIds: ['silesia'], areas: ['business'] }),
      candidate('fits', { regionIds: ['silesia'], areas: ['culture'] }),
    ])
    expect(suggestions.map((s) => s.id)).toEqual(['fits'])
    expect(suggestions[0]?.reasons).toEqual([
      { kind: 'same-regions', regionIds: ['silesia'] },
      { kind: 'shared-areas', areas: ['culture'] },
    ])
  })

  it('ranks more shared areas, a common language and a similar size higher, and says so', () => {
    const suggestions = rankSuggestions(kolin, [
      candidate('one-area', { regionIds: ['silesia'], areas: ['culture'], population: 400 }),
      candidate('two-areas', { regionIds: ['silesia'], areas: ['culture', 'schools-youth'] }),
      candidate('two-areas-polish-similar', { regionIds: ['silesia'], areas: ['culture', 'schools-youth'], languages: ['pl'], population: 25_000 }),
      candidate('comparable', { regionIds: ['silesia'], areas: ['culture'], population: 110_000 }),
    ])
    expect(suggestions.map((s) => s.id)).toEqual(['two-areas-polish-similar', 'two-areas', 'comparable', 'one-area'])
    expect(suggestions[0]?.reasons).toEqual([
      { kind: 'same-regions', regionIds: ['silesia'] },
      { kind: 'shared-areas', areas: ['culture', 'schools-youth'] },
      { kind: 'shared-languages', languages: ['pl'] },
      { kind: 'similar-size', ratio: 33_000 / 25_000 },
    ])
    expect(suggestions[2]?.reasons.at(-1)).toEqual({ kind: 'comparable-size', ratio: 110_000 / 33_000 })
    expect(suggestions[3]?.reasons.map((r) => r.kind)).toEqual(['same-regions', 'shared-areas'])
  })

  it('puts an established partnership before an application with the same score', () => {
    const suggestions = rankSuggestions(kolin, [
      candidate('7', { regionIds: ['mazovia'], areas: ['culture'] }),
      candidate('3', { regionIds: ['mazovia'], areas: ['culture'] }, 'partnership'),
      candidate('12', { regionIds: ['mazovia'], areas: ['culture'] }),
    ])
    expect(suggestions.map((s) => `${s.kind}:${s.id}`)).toEqual(['partnership:3', 'application:7', 'application:12'])
  })

  it('keeps to the limit', () => {
    const many = Array.from({ length: 30 }, (_, index) => candidate(String(index), { regionIds: ['silesia'], areas: ['culture'] }))
    expect(rankSuggestions(kolin, many, 5)).toHaveLength(5)
  })

  it('always returns scores in descending order with a region and an area among the reasons', () => {
    const area = fc.constantFrom(...COOPERATION_AREAS)
    const profile = fc.record({
      regionIds: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
      areas: fc.uniqueArray(area, { maxLength: 4 }),
      languages: fc.uniqueArray(fc.constantFrom('cs', 'pl', 'de', 'en'), { maxLength: 3 }),
      population: fc.option(fc.integer({ min: 1, max: 2_000_000 })),
    })
    fc.assert(
      fc.property(profile, fc.array(profile, { maxLength: 25 }), (subject, others) => {
        const suggestions = rankSuggestions(subject, others.map((p, index) => candidate(String(index), p)), 50)
        for (let index = 1; index < suggestions.length; index += 1) {
          expect(suggestions[index - 1]!.score).toBeGreaterThanOrEqual(suggestions[index]!.score)
        }
        for (const suggestion of suggestions) {
          expect(suggestion.reasons.map((r) => r.kind).slice(0, 2)).toEqual(['same-regions', 'shared-areas'])
        }
      }),
    )
  })
})
