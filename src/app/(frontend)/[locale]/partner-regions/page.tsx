import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { publicPartnershipData } from '@/collections/Partnerships/publicData'
import { PartnershipFilterForm, PartnershipTable } from '@/components/partnerships/PartnershipList'
import { PartnershipMap } from '@/components/partnerships/PartnershipMap'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { filterPartnerships, parseFilters, partnershipMapData } from '@/domain/partnerships/publicList'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'

import '@/components/partnerships/partnerships.css'

// Rendered per request from data cached across requests (publicPartnershipData); never prerendered
// at build time, when the database is not the one the server will use.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: partnershipMessagesFor(locale).regions.title } : {}
}

/** All Czech regions with their partner regions, a map, and the filterable list of municipal partnerships. */
export default async function PartnerRegionsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = partnershipMessagesFor(locale)
  const { regions, partnerships } = await publicPartnershipData(locale)
  const filters = parseFilters(await searchParams, regions)
  const czRegions = regions.filter((region) => region.kind === 'cz-region' && region.partnerRegionIds.length > 0)
  const byId = new Map(regions.map((region) => [region.id, region]))
  const listed = filterPartnerships(partnerships, regions, filters)
  const mapped = partnershipMapData(regions, partnerships, czRegions.map((region) => region.id))

  return (
    <article>
      <h1>{t.regions.title}</h1>
      <p className="lead">{t.regions.intro}</p>

      <PartnershipMap
        id="all-partnerships-map"
        title={t.regions.mapTitle}
        description={t.regions.mapDescription(mapped.nodes.length, partnerships.length)}
        nodes={mapped.nodes}
        links={mapped.links}
      />

      <section aria-labelledby="cz-regions">
        <h2 id="cz-regions">{t.regions.czRegions}</h2>
        <ul className="region-cards">
          {czRegions.map((region) => (
            <li key={region.id} className="region-card">
              <h3>
                <a href={localizedPath(locale, `/partner-regions/${region.code}`)}>{region.name}</a>
              </h3>
              <p>{region.partnerRegionIds.map((id) => byId.get(id)?.name).filter(Boolean).join(', ')}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="partnerships">
        <h2 id="partnerships">{t.regions.partnerships}</h2>
        <PartnershipFilterForm t={t} regions={regions} filters={filters} withRegion />
        <PartnershipTable t={t} regions={regions} partnerships={listed} captionId="partnership-count" />
      </section>
    </article>
  )
}
