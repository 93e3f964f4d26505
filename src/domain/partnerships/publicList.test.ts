import { describe, expect, it } from 'vitest'

import { filterPartnerships, parseFilters, partnershipMapData, type PublicPartnership, type PublicRegion } from './publicList'

const region = (id: string, extra: Partial<PublicRegion>): PublicRegion => ({
  id,
  code: id,
  name: id,
  kind: 'foreign-partner-region',
  country: 'PL',
  languages: [],
  profile: null,
  partnerRegionIds: [],
  acceptsApplications: false,
  centre: { latitude: 50, longitude: 15 },
  ...extra,
})

const regions: PublicRegion[] = [
  region('27', { name: 'Středočeský kraj', kind: 'cz-region', country: 'CZ', partnerRegionIds: ['pl-ds', 'de-rp'], acceptsApplications: true }),
  region('43', { name: 'Plzeňský kraj', kind: 'cz-region', country: 'CZ', partnerRegionIds: ['de-by'] }),
  region('pl-ds', { name: 'Dolnośląskie' }),
  region('de-rp', { name: 'Rheinland-Pfalz', country: 'DE' }),
  region('de-by', { name: 'Bayern', country: 'DE', centre: null }),
]

const partnership = (id: string, extra: Partial<PublicPartnership>): PublicPartnership => ({
  id,
  municipality: 'Kolín',
  homeRegionId: '27',
  partnerName: 'Gmina',
  partnerRegionId: 'pl-ds',
  partnerWebsite: null,
  since: 2004,
  areas: ['culture'],
  description: null,
  ...extra,
})

const partnerships = [
  partnership('1', { municipality: 'Říčany', partnerName: 'Oława' }),
  partnership('2', { municipality: 'Beroun', partnerName: 'Bad Kreuznach', partnerRegionId: 'de-rp', areas: ['tourism', 'culture'] }),
  partnership('3', { municipality: 'Domažlice', homeRegionId: '43', partnerName: 'Furth im Wald', partnerRegionId: 'de-by', areas: ['tourism'] }),
]

describe('the public list of partnerships', () => {
  it('reads only known filter values from the query string', () => {
    expect(parseFilters({ region: '27', country: 'DE', area: 'tourism' }, regions)).toEqual({ region: '27', country: 'DE', area: 'tourism' })
    expect(parseFilters({ region: 'pl-ds', country: 'XX', area: 'mining' }, regions)).toEqual({})
    expect(parseFilters({ region: ['27', '43'] }, regions)).toEqual({})
  })

  it('filters by Czech region, partner country and area, sorted by municipality', () => {
    expect(filterPartnerships(partnerships, regions, {}).map((p) => p.municipality)).toEqual(['Beroun', 'Domažlice', 'Říčany'])
    expect(filterPartnerships(partnerships, regions, { region: '27' }).map((p) => p.id)).toEqual(['2', '1'])
    expect(filterPartnerships(partnerships, regions, { country: 'DE' }).map((p) => p.id)).toEqual(['2', '3'])
    expect(filterPartnerships(partnerships, regions, { region: '27', area: 'tourism' }).map((p) => p.id)).toEqual(['2'])
  })

  it('maps a region with a line to each partner region, counting partnerships, and skips regions it cannot place', () => {
    const { nodes, links } = partnershipMapData(regions, partnerships, ['27', '43'])
    expect(links).toEqual([
      { from: '27', to: 'pl-ds', partnerships: 1 },
      { from: '27', to: 'de-rp', partnerships: 1 },
    ])
    expect(nodes.map((node) => [node.id, node.side])).toEqual([
      ['27', 'home'],
      ['pl-ds', 'partner'],
      ['de-rp', 'partner'],
      ['43', 'home'],
    ])
  })
})
