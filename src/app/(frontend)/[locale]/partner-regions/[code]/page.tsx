import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { publicPartnershipData } from '@/collections/Partnerships/publicData'
import { PartnershipFilterForm, PartnershipTable } from '@/components/partnerships/PartnershipList'
import { PartnershipMap } from '@/components/partnerships/PartnershipMap'
import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'
import { filterPartnerships, parseFilters, partnershipMapData } from '@/domain/partnerships/publicList'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'

import '@/components/partnerships/partnerships.css'

// Rendered per request from data cached across requests (publicPartnershipData); never prerendered
// at build time, when the database is not the one the server will use.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

async function czRegion(locale: Locale, code: string) {
  const data = await publicPartnershipData(locale)
  const region = data.regions.find((candidate) => candidate.kind === 'cz-region' && candidate.code === code)
  return region ? { region, ...data } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params
  if (!isLocale(locale)) return {}
  const found = await czRegion(locale, code)
  return found ? { title: partnershipMessagesFor(locale).regions.partnerRegionsOf(found.region.name) } : {}
}

/** One Czech region: its partner regions abroad with a short profile, a map, its municipalities' partnerships and where to apply. */
export default async function CzechRegionPartnersPage({ params, searchParams }: Props) {
  const { locale, code } = await params
  if (!isLocale(locale)) notFound()
  const found = await czRegion(locale, code)
  if (!found) notFound()
  const { region, regions, partnerships } = found
  const t = partnershipMessagesFor(locale)
  const filters = { ...parseFilters(await searchParams, regions), region: region.code }
  const partners = region.partnerRegionIds.map((id) => regions.find((candidate) => candidate.id === id)).filter((partner) => partner !== undefined)
  const ofRegion = partnerships.filter((partnership) => partnership.homeRegionId === region.id)
  const listed = filterPartnerships(partnerships, regions, filters)
  const mapped = partnershipMapData(regions, partnerships, [region.id])

  return (
    <article>
      <p>
        <a href={localizedPath(locale, '/partner-regions')}>{t.regions.title}</a>
      </p>
      <h1>{t.regions.partnerRegionsOf(region.name)}</h1>

      <PartnershipMap
        id="region-partnerships-map"
        title={`${t.regions.mapTitle} – ${region.name}`}
        description={t.regions.mapDescription(mapped.nodes.length, ofRegion.length)}
        nodes={mapped.nodes}
        links={mapped.links}
      />
      <ul className="map-legend">
        <li className="map-legend__home">{region.name}</li>
        <li className="map-legend__partner">{t.regions.partnerRegions}</li>
      </ul>

      <section aria-labelledby="partner-regions">
        <h2 id="partner-regions">{t.regions.partnerRegions}</h2>
        {partners.length === 0 ? (
          <p>{t.regions.noPartnerRegions}</p>
        ) : (
          <ul className="region-cards">
            {partners.map((partner) => (
              <li key={partner.id} className="region-card">
                <h3>{partner.name}</h3>
                <dl>
                  <dt>{t.regions.country}</dt>
                  <dd>{t.countries[partner.country] ?? partner.country}</dd>
                  {partner.languages.length > 0 ? (
                    <>
                      <dt>{t.regions.languages}</dt>
                      <dd>{partner.languages.map((language) => t.languages[language as keyof typeof t.languages] ?? language).join(', ')}</dd>
                    </>
                  ) : null}
                  <dt>{t.regions.partnerships}</dt>
                  <dd>{t.regions.partnershipCount(ofRegion.filter((partnership) => partnership.partnerRegionId === partner.id).length)}</dd>
                </dl>
                {partner.profile ? <p>{partner.profile}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {region.acceptsApplications && partners.length > 0 ? (
          <p className="notice">
            {t.regions.applyHere}{' '}
            <a className="button" href={localizedPath(locale, `/partnerships/apply?region=${region.code}`)}>
              {t.page.applyCta}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="partnerships">
        <h2 id="partnerships">{t.regions.partnerships}</h2>
        <PartnershipFilterForm t={t} regions={regions} filters={filters} withRegion={false} />
        <PartnershipTable t={t} regions={regions} partnerships={listed} captionId="partnership-count" />
      </section>
    </article>
  )
}
