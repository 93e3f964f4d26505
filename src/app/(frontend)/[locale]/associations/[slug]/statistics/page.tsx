import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { associationStatistics } from '@/collections/Memberships/statistics'
import { MembershipChart } from '@/components/register/MembershipChart'
import { RegionShareMap } from '@/components/register/RegionShareMap'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { CHAMBER_COLUMNS } from '@/domain/memberships/counts'
import { messagesFor } from '@/i18n/messages'
import { registerMessagesFor } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { PageIntro } from '@/components/site/PageIntro'
import { paths } from '@/domain/site/paths'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'

import '../../../../register.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

const findAssociation = async (payload: Payload, slug: string, locale: Locale) =>
  (
    await payload.find({
      collection: 'associations',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      select: { name: true, shortName: true, slug: true },
      locale,
      overrideAccess: false,
    })
  ).docs[0]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const association = await findAssociation(await payloadClient(), slug, locale)
  return association ? pageMetadata({ locale, path: `${paths.association(slug)}/statistics`, title: registerMessagesFor(locale).statistics.title(association.shortName), description: association.name }) : {}
}

/** Colours of the chambers in the chart, distinguishable for common colour-vision deficiencies. */
const CHAMBER_COLOURS = ['#1b4f85', '#e08a00', '#3a9e6f', '#8a8f96']

export default async function AssociationStatisticsPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = registerMessagesFor(locale)
  const payload = await payloadClient()
  const association = await findAssociation(payload, slug, locale)
  if (!association) notFound()
  const statistics = await associationStatistics(payload, association.id, locale)
  const numbers = new Intl.NumberFormat(locale)
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  const usedChambers = CHAMBER_COLUMNS.filter((chamber) => chamber !== 'none' || statistics.counts.byChamber.none > 0)
  const totalMunicipalities = statistics.regions.reduce((sum, region) => sum + region.municipalities, 0)

  return (
    <article>
      <PageIntro
        locale={locale}
        trail={[{ label: messagesFor(locale).associations.title, path: paths.associations }, { label: association.shortName, path: paths.association(slug) }, { label: t.municipality.statistics }]}
        title={t.statistics.title(association.shortName)}
        lead={association.name}
      />
      <p>{t.statistics.intro(statistics.counts.total)}</p>
      <p>
        <a href={localizedPath(locale, `/municipalities?member=${association.slug ?? ''}`)}>{t.statistics.directoryLink}</a>
      </p>

      {statistics.counts.total === 0 ? <p className="notice">{t.statistics.noMembers}</p> : null}

      <section aria-labelledby="by-region">
        <h2 id="by-region">{t.statistics.byRegion}</h2>
        <div className="table-scroll">
          <table className="data-table" id="statistics-table">
            <caption>{t.statistics.byRegion}</caption>
            <thead>
              <tr>
                <th scope="col">{t.statistics.region}</th>
                {usedChambers.map((chamber) => (
                  <th key={chamber} scope="col" className="number">
                    {t.chambers[chamber]}
                  </th>
                ))}
                <th scope="col" className="number">
                  {t.statistics.members}
                </th>
                <th scope="col" className="number">
                  {t.statistics.municipalities}
                </th>
                <th scope="col" className="number">
                  {t.statistics.share}
                </th>
              </tr>
            </thead>
            <tbody>
              {statistics.regions.map((region) => (
                <tr key={region.code}>
                  <th scope="row">{region.name}</th>
                  {usedChambers.map((chamber) => (
                    <td key={chamber} className="number">
                      {numbers.format(region.byChamber[chamber])}
                    </td>
                  ))}
                  <td className="number">{numbers.format(region.members)}</td>
                  <td className="number">{numbers.format(region.municipalities)}</td>
                  <td className="number">{percent.format(region.share)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.statistics.total}</th>
                {usedChambers.map((chamber) => (
                  <td key={chamber} className="number">
                    {numbers.format(statistics.counts.byChamber[chamber])}
                  </td>
                ))}
                <td className="number">{numbers.format(statistics.counts.total)}</td>
                <td className="number">{numbers.format(totalMunicipalities)}</td>
                <td className="number">{percent.format(totalMunicipalities > 0 ? statistics.counts.total / totalMunicipalities : 0)}</td>
              </tr>
            </tfoot>
          </table>
        </div>

        <MembershipChart
          id="members-chart"
          title={t.statistics.chartTitle}
          description={t.statistics.chartDescription}
          rows={statistics.regions.map((region) => ({ label: region.name, values: usedChambers.map((chamber) => region.byChamber[chamber]) }))}
          series={usedChambers.map((chamber, index) => ({ label: t.chambers[chamber], colour: CHAMBER_COLOURS[index] ?? '#555' }))}
          locale={locale}
        />
      </section>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t.statistics.mapTitle}</h2>
        <RegionShareMap
          id="share-map"
          title={t.statistics.mapTitle}
          description={t.statistics.mapDescription}
          legendTitle={t.statistics.legend}
          shares={new Map(statistics.regions.map((region) => [region.code, { name: region.name, share: region.share }]))}
          locale={locale}
        />
      </section>
    </article>
  )
}
