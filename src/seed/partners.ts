import type { Event, Partner } from '@/payload-types'

import type { SeedContext } from './context'

type Tier = NonNullable<Event['partners']>[number]['tier']

interface PartnerFact {
  name: string
  slug: string
  tier: Tier
  website?: string
  description?: { cs: string; en: string }
}

/**
 * Partners of the Regional meetings 2025 as seed 000 shows them by their logos: three general
 * partners, and Futtec and FCG among the partners (the third partner logo names no company, so
 * it is left out). No logos are uploaded.
 */
export const MEETING_PARTNERS: readonly PartnerFact[] = [
  {
    name: 'Skupina ČEZ',
    slug: 'skupina-cez',
    tier: 'general',
    website: 'https://www.cez.cz',
    description: { cs: 'Energetická skupina.', en: 'Energy group.' },
  },
  {
    name: 'T-Mobile',
    slug: 't-mobile',
    tier: 'general',
    website: 'https://www.t-mobile.cz',
    description: { cs: 'Telekomunikační operátor.', en: 'Telecommunications operator.' },
  },
  {
    name: 'Česká spořitelna',
    slug: 'ceska-sporitelna',
    tier: 'general',
    website: 'https://www.csas.cz',
    description: { cs: 'Banka.', en: 'Bank.' },
  },
  { name: 'Futtec', slug: 'futtec', tier: 'partner' },
  { name: 'FCG', slug: 'fcg', tier: 'partner' },
]

export type MeetingPartnerRows = { partner: Partner['id']; tier: Tier }[]

/** Creates the partners and returns the partner rows every regional meeting carries. */
export async function seedPartners(ctx: SeedContext): Promise<MeetingPartnerRows> {
  const rows: MeetingPartnerRows = []
  for (const fact of MEETING_PARTNERS) {
    const id = await ctx.ensure({
      collection: 'partners',
      where: { slug: { equals: fact.slug } },
      data: () => ({ name: fact.name, slug: fact.slug, kind: 'company', website: fact.website, description: fact.description?.cs }),
      translations: fact.description ? { en: { description: fact.description.en } } : undefined,
    })
    rows.push({ partner: id, tier: fact.tier })
  }
  ctx.logStep('Partners', ['partners'])
  return rows
}
