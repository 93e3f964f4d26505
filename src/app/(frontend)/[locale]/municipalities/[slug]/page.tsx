import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readGoodPracticeList } from '@/collections/GoodPractices/queries'
import { readMunicipality } from '@/collections/Municipalities/queries'
import { MediaImage } from '@/components/site/MediaImage'
import { PageIntro } from '@/components/site/PageIntro'
import { formatDay } from '@/domain/events/formatEventDate'
import { localizedPath } from '@/domain/locale/locales'
import { paths, withQuery } from '@/domain/site/paths'
import { formatNumber, messagesFor } from '@/i18n/messages'
import type { Association, Media, Region } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const municipality = await readMunicipality(await currentViewer(), locale, slug)
  if (!municipality) return {}
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.municipality(slug), title: municipality.name, description: `${t.options.municipalityKind[municipality.kind]}, ${municipality.district ?? ''}` })
}

export default async function MunicipalityPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const viewer = await currentViewer()
  const municipality = await readMunicipality(viewer, locale, slug)
  if (!municipality) notFound()
  const practices = await readGoodPracticeList(viewer, locale, { municipality: municipality.id, page: 1 })
  const region = populated<Region>(municipality.region)
  const coatOfArms = populated<Media>(municipality.coatOfArms)
  const website = municipality.website ?? municipality.contact?.website
  return (
    <article className="detail">
      <PageIntro locale={locale} trail={[{ label: t.municipalities.title, path: paths.municipalities }, { label: municipality.name }]} title={municipality.name}>
        <p className="eyebrow">{t.options.municipalityKind[municipality.kind]}</p>
      </PageIntro>
      <div className="detail-layout">
        <div className="detail-main">
          <dl className="facts">
            <dt>{t.municipalities.district}</dt>
            <dd>
              <a href={localizedPath(locale, withQuery(paths.municipalities, { district: municipality.district }))}>{municipality.district}</a>
            </dd>
            {region ? (
              <>
                <dt>{t.municipalities.region}</dt>
                <dd>
                  <a href={localizedPath(locale, withQuery(paths.municipalities, { region: region.code }))}>{region.name}</a>
                </dd>
              </>
            ) : null}
            {typeof municipality.population === 'number' ? (
              <>
                <dt>{t.municipalities.population}</dt>
                <dd>{formatNumber(locale, municipality.population)}</dd>
              </>
            ) : null}
            {municipality.postalCodes ? (
              <>
                <dt>{t.municipalities.postalCodes}</dt>
                <dd className="postal-codes">{municipality.postalCodes}</dd>
              </>
            ) : null}
            <dt>{t.municipalities.ruianCode}</dt>
            <dd>{municipality.ruianCode}</dd>
            {website ? (
              <>
                <dt>{t.municipalities.website}</dt>
                <dd>
                  <a href={website}>{website.replace(/^https?:\/\//, '')}</a>
                </dd>
              </>
            ) : null}
          </dl>
          <section aria-labelledby="memberships-heading">
            <h2 id="memberships-heading">{t.municipalities.memberships}</h2>
            {(municipality.memberships ?? []).length === 0 ? (
              <p>{t.municipalities.noMemberships}</p>
            ) : (
              <ul className="link-list">
                {(municipality.memberships ?? []).map((membership) => {
                  const association = populated<Association>(membership.association)
                  if (!association) return null
                  return (
                    <li key={membership.id ?? association.id}>
                      <a href={localizedPath(locale, paths.association(association.slug ?? ''))}>{association.name}</a>{' '}
                      <span className="meta">
                        ({t.options.membershipStatus[membership.status]}
                        {membership.since ? `, ${t.municipalities.since} ${formatDay(membership.since, locale)}` : ''})
                      </span>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
          {practices.docs.length > 0 ? (
            <section aria-labelledby="practices-heading">
              <h2 id="practices-heading">{t.municipalities.goodPractices}</h2>
              <ul className="link-list">
                {practices.docs.map((practice) => (
                  <li key={practice.id}>
                    <a href={localizedPath(locale, paths.goodPractice(practice.slug ?? ''))}>{practice.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        {coatOfArms ? (
          <aside className="detail-aside" aria-label={t.municipalities.title}>
            <MediaImage media={coatOfArms} size="thumbnail" sizes="10rem" className="coat-of-arms" />
          </aside>
        ) : null}
      </div>
    </article>
  )
}
