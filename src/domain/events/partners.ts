export const PARTNER_TIER_ORDER = ['general', 'main', 'partner', 'media', 'expert'] as const
export type PartnerTier = (typeof PARTNER_TIER_ORDER)[number]

/** Partners grouped by tier, most prominent tier first, keeping the editor's order within a tier. */
export function groupByTier<T extends { tier: PartnerTier }>(partners: readonly T[]): { tier: PartnerTier; partners: T[] }[] {
  return PARTNER_TIER_ORDER.map((tier) => ({ tier, partners: partners.filter((partner) => partner.tier === tier) })).filter(
    (group) => group.partners.length > 0,
  )
}
