import { describe, expect, it } from 'vitest'

import { groupByTier } from './partners'

describe('groupByTier', () => {
  it('puts general partners first and leaves out empty tiers', () => {
    const partners = [
      { name: 'Futtec', tier: 'partner' as const },
      { name: 'ČEZ', tier: 'general' as const },
      { name: 'FCG', tier: 'partner' as const },
      { name: 'T-Mobile', tier: 'general' as const },
    ]
    expect(groupByTier(partners).map((group) => [group.tier, group.partners.map((partner) => partner.name)])).toEqual([
      ['general', ['ČEZ', 'T-Mobile']],
      ['partner', ['Futtec', 'FCG']],
    ])
  })
})
