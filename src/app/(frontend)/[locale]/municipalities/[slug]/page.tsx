import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { PracticeList } from '@/components/goodPractices/PracticeList'
import { calendarDay } from '@/domain/dates/calendarDay'
import { formatDay, formatEventDate } from '@/domain/events/formatEventDate'
import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'
import { chamberOf } from '@/domain/municipalities/kinds'
import { postalCodeList } from '@/domain/directory/openData'
import { registerMessagesFor } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { currentViewer } from '@/lib/viewer'
import type { Association, Region } from '@/payload-types'

import '../../../register.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

const findMunicipality = async (payload: Payload, slug: string, locale: Locale) =>
  (
    await payload.find({
      collection: 'municipalities',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      select: { name: true, ruianCode: true, kind: true, district: true, region: true, postalCodes: true, partsCount: true, population: true, website: true },
      populate: { regions: { name: true, code: true } },
      locale,
      overrideAccess: false,
    })
  ).docs[0]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const municipality = await findMunicipality(await payloadClient(), slug, locale)
  return municipality ? { title: municipality.name } : {}
}

export default async function MunicipalityPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const t = registerMessagesFor(locale)
  const payload = await payloadClient()
  const municipality = await findMunicipality(payload, slug, locale)
  if (!municipality) notFound()
  const viewer = await currentViewer(payload)
  const region = municipality.region as Region | null | undefined

  const [memberships, practices, events] = await Promise.all([
    payload.find({
      collection: 'memberships',
      where: { municipality: { equals: municipality.id } },
      depth: 1,
      select: { association: true, status: true, since: true, until: true },
      populate: { associations: { name: true, shortName: true, slug: true } },
      pagination: false,
      locale,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'good-practices',
      where: { and: [{ municipality: { equals: municipality.id } }, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
      select: { title: true, slug: true, summary: true, topics: true, year: true, audience: true },
      locale,
      overrideAccess: false,
      user: viewer,
    }),
    region
      ? payload.find({
          collection: 'events',
          where: { and: [{ regions: { in: [region.id] } }, { startsAt: { greater_than_equal: new Date().toISOString() } }, { _status: { equals: 'published' } }] },
          sort: 'startsAt',
          limit: 5,
          depth: 0,
          select: { title: true, slug: true, startsAt: true, timeZone: true },
          locale,
          overrideAccess: false,
        })
      : null,
  ])
  const numbers = new Intl.NumberFormat(locale)
  const chamber = chamberOf(municipality.kind)
  const day = (stored: string | null | undefined) => (calendarDay(stored) ? formatDay(stored as string, locale) : '—')

  return (
    <article>
      <p>
        <a href={localizedPath(locale, '/municipalities')}>{t.municipality.backToDirectory}</a>
      </p>
      <h1>{municipality.name}</h1>
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
        {municipality.website ? (
          <>
            <dt>{t.municipality.website}</dt>
            <dd>
              <a href={municipality.website}>{municipality.website}</a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="memberships">
        <h2 id="memberships">{t.municipality.memberships}</h2>
        {memberships.docs.length === 0 ? (
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
                </tr>
              </thead>
              <tbody>
                {memberships.docs.map((membership) => {
                  const association = membership.association as Association
                  return (
                    <tr key={membership.id}>
                      <th scope="row">
                        {association.name}{' '}
                        <a href={localizedPath(locale, `/associations/${association.slug ?? ''}/statistics`)}>({t.municipality.statistics})</a>
                      </th>
                      <td>{t.statuses[membership.status]}</td>
                      <td>{day(membership.since)}</td>
                      <td>{day(membership.until)}</td>
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
        {practices.docs.length === 0 ? <p>{t.municipality.noGoodPractices}</p> : <PracticeList practices={practices.docs} locale={locale} headingLevel={3} />}
      </section>

      <section aria-labelledby="events">
        <h2 id="events">{t.municipality.events}</h2>
        {!events || events.docs.length === 0 ? (
          <p>{t.municipality.noEvents}</p>
        ) : (
          <ul>
            {events.docs.map((event) => (
              <li key={event.id}>
                <a href={localizedPath(locale, `/events/${event.slug ?? ''}`)}>{event.title}</a> –{' '}
                <time dateTime={event.startsAt}>{formatEventDate(event.startsAt, event.timeZone, locale)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}
