import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readMunicipalityPractices } from '@/collections/GoodPractices/queries'
import { currentHour } from '@/collections/Events/queries'
import { readMunicipality } from '@/collections/Municipalities/queries'
import { PracticeList } from '@/components/goodPractices/PracticeList'
import { MediaImage } from '@/components/site/MediaImage'
import { PageIntro } from '@/components/site/PageIntro'
import { calendarDay } from '@/domain/dates/calendarDay'
import { formatDay, formatEventDate } from '@/domain/events/formatEventDate'
import { localizedPath } from '@/domain/locale/locales'
import { chamberOf } from '@/domain/municipalities/kinds'
import { postalCodeList } from '@/domain/directory/openData'
import { paths } from '@/domain/site/paths'
import { registerMessagesFor } from '@/i18n/registerMessages'
import type { Association, Media, Region } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

import '../../../register.css'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const found = await readMunicipality(await currentViewer(), locale, slug, currentHour())
  if (!found) return {}
  const t = registerMessagesFor(locale)
  const { municipality } = found
  return pageMetadata({ locale, path: paths.municipality(slug), title: municipality.name, description: [t.kinds[municipality.kind], municipality.district].filter(Boolean).join(', ') })
}

export default async function MunicipalityPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = registerMessagesFor(locale)
  const viewer = await currentViewer()
  const found = await readMunicipality(viewer, locale, slug, currentHour())
  if (!found) notFound()
  const { municipality, memberships, events } = found
  const practices = await readMunicipalityPractices(viewer, locale, municipality.id)
  const region = populated<Region>(municipality.region)
  const coatOfArms = populated<Media>(municipality.coatOfArms)
  const website = municipality.website ?? municipality.contact?.website
  const numbers = new Intl.NumberFormat(locale)
  const chamber = chamberOf(municipality.kind)
  const day = (stored: string | null | undefined) => (calendarDay(stored) ? formatDay(stored as string, locale) : '—')

  return (
    <article className="detail">
      <PageIntro locale={locale} trail={[{ label: t.directory.title, path: paths.municipalities }, { label: municipality.name }]} title={municipality.name} />
      <div className="detail-layout">
      <div className="detail-main">
      <dl className="facts">
        <dt>{t.directory.kind}</dt>
        <dd>{t.kinds[municipality.kind]}</dd>
        {chamber ? (
          <>
            <dt>{t.directory.chamber}</dt>
            <dd>{t.chambers[chamber]}</dd>
          </>
        ) : null}
        <dt>{t.directory.district}</dt>
        <dd>{municipality.district ?? '—'}</dd>
        <dt>{t.directory.region}</dt>
        <dd>{region?.name ?? '—'}</dd>
        <dt>{t.municipality.code}</dt>
        <dd>{municipality.ruianCode}</dd>
        <dt>{t.municipality.postalCodes}</dt>
        <dd>{postalCodeList(municipality.postalCodes).join(', ') || '—'}</dd>
        {typeof municipality.partsCount === 'number' ? (
          <>
            <dt>{t.municipality.parts}</dt>
            <dd>{numbers.format(municipality.partsCount)}</dd>
          </>
        ) : null}
        {typeof municipality.population === 'number' ? (
          <>
            <dt>{t.directory.population}</dt>
            <dd>{numbers.format(municipality.population)}</dd>
          </>
        ) : null}
        {website ? (
          <>
            <dt>{t.municipality.website}</dt>
            <dd>
              <a href={website}>{website.replace(/^https?:\/\//, '')}</a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="memberships">
        <h2 id="memberships">{t.municipality.memberships}</h2>
        {memberships.length === 0 ? (
          <p>{t.municipality.noMemberships}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.municipality.association}</th>
                  <th scope="col">{t.municipality.status}</th>
                  <th scope="col">{t.municipality.since}</th>
                  <th scope="col">{t.municipality.until}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.municipality.statistics}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {memberships.map((membership) => {
                  const association = populated<Association>(membership.association)
                  if (!association) return null
                  return (
                    <tr key={membership.id}>
                      <th scope="row">
                        <a href={localizedPath(locale, paths.association(association.slug ?? ''))}>{association.name}</a>
                      </th>
                      <td>{t.statuses[membership.status]}</td>
                      <td>{day(membership.since)}</td>
                      <td>{day(membership.until)}</td>
                      <td>
                        <a href={localizedPath(locale, `${paths.association(association.slug ?? '')}/statistics`)}>{t.municipality.statistics}</a>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="good-practices">
        <h2 id="good-practices">{t.municipality.goodPractices}</h2>
        {practices.length === 0 ? <p>{t.municipality.noGoodPractices}</p> : <PracticeList practices={practices} locale={locale} headingLevel={3} />}
      </section>

      <section aria-labelledby="events">
        <h2 id="events">{t.municipality.events}</h2>
        {events.length === 0 ? (
          <p>{t.municipality.noEvents}</p>
        ) : (
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                <a href={localizedPath(locale, paths.event(event.slug ?? ''))}>{event.title}</a> –{' '}
                <time dateTime={event.startsAt}>{formatEventDate(event.startsAt, event.timeZone, locale)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
      </div>
      {coatOfArms ? (
        <aside className="detail-aside" aria-label={t.municipality.coatOfArms}>
          <MediaImage media={coatOfArms} size="thumbnail" sizes="10rem" className="coat-of-arms" />
        </aside>
      ) : null}
      </div>
    </article>
  )
}
