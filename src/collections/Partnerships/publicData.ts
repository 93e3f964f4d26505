import { unstable_cache } from 'next/cache'

import type { Locale } from '@/domain/locale/locales'
import type { PublicPartnership, PublicRegion } from '@/domain/partnerships/publicList'
import { centreOf } from '@/domain/partnerships/regionCentres'
import { docId } from '@/lib/docId'
import { payloadClient } from '@/lib/payload'

import { PUBLIC_PARTNERSHIPS_TAG } from './revalidate'

export type PublicPartnershipData = { regions: PublicRegion[]; partnerships: PublicPartnership[] }

async function readPublicPartnershipData(locale: Locale): Promise<PublicPartnershipData> {
  const payload = await payloadClient()
  // Read as an anonymous visitor: only public partnerships, and nothing the public may not see.
  const [regions, partnerships] = await Promise.all([
    payload.find({
      collection: 'regions',
      locale,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { code: true, name: true, kind: true, country: true, languages: true, profile: true, partnerRegions: true, partnershipOffice: true, centre: true },
    }),
    payload.find({
      collection: 'partnerships',
      locale,
      depth: 1,
      pagination: false,
      overrideAccess: false,
      where: { visibility: { equals: 'public' } },
      select: { municipality: true, homeRegion: true, partnerName: true, partnerRegion: true, partnerWebsite: true, since: true, areas: true, description: true },
      populate: { municipalities: { name: true } },
    }),
  ])
  return {
    regions: regions.docs.map((region) => ({
      id: String(region.id),
      code: region.code,
      name: region.name,
      kind: region.kind,
      country: region.country,
      languages: region.languages ?? [],
      profile: region.profile ?? null,
      partnerRegionIds: (region.partnerRegions ?? []).map((partner) => String(docId(partner))),
      acceptsApplications: region.kind === 'cz-region' && Boolean(region.partnershipOffice),
      centre: centreOf(region),
    })),
    partnerships: partnerships.docs.map((partnership) => ({
      id: String(partnership.id),
      municipality: typeof partnership.municipality === 'object' ? partnership.municipality.name : '',
      homeRegionId: partnership.homeRegion ? String(docId(partnership.homeRegion)) : null,
      partnerName: partnership.partnerName,
      partnerRegionId: String(docId(partnership.partnerRegion)),
      partnerWebsite: partnership.partnerWebsite ?? null,
      since: partnership.since ?? null,
      areas: partnership.areas ?? [],
      description: partnership.description ?? null,
    })),
  }
}

/**
 * Regions and public partnerships for the public pages, cached across requests and dropped when
 * a partnership or region changes (see `purgePublicPartnerships`); at most an hour old otherwise.
 */
export const publicPartnershipData = (locale: Locale): Promise<PublicPartnershipData> =>
  unstable_cache(
    () => readPublicPartnershipData(locale),
    // Next keeps this cache on disk across restarts: a server on another database must not read it.
    ['public-partnerships', process.env.DATABASE_URI ?? '', locale],
    { tags: [PUBLIC_PARTNERSHIPS_TAG], revalidate: 3600 },
  )()
