import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readCommission } from '@/collections/Associations/queries'
import { DocumentLinks } from '@/components/site/DocumentLinks'
import { PageIntro } from '@/components/site/PageIntro'
import { PersonCard } from '@/components/site/PersonCard'
import { RichTextContent } from '@/components/site/RichTextContent'
import { localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Association, Document, Municipality, Person } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const commission = await readCommission(await currentViewer(), locale, slug)
  if (!commission) return {}
  return pageMetadata({ locale, path: paths.commission(slug), title: commission.name })
}

export default async function CommissionPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const commission = await readCommission(await currentViewer(), locale, slug)
  if (!commission) notFound()
  const association = populated<Association>(commission.association)
  const chair = populated<Person>(commission.chair)
  const reports = populatedAll<Document>(commission.reports)
  const trail = [
    { label: t.associations.title, path: paths.associations },
    ...(association ? [{ label: association.shortName, path: paths.association(association.slug ?? '') }] : []),
    { label: commission.abbreviation ?? commission.name },
  ]
  const channelHref = (kind: string, address: string) => (kind === 'email-conference' && address.includes('@') && !address.startsWith('mailto:') ? `mailto:${address}` : address)
  return (
    <article className="detail">
      <PageIntro locale={locale} trail={trail} title={commission.name}>
        <p className="eyebrow">
          {t.options.commissionKind[commission.kind]}
          {commission.abbreviation ? ` · ${commission.abbreviation}` : ''}
          {association ? (
            <>
              {' · '}
              {t.commissions.association} <a href={localizedPath(locale, paths.association(association.slug ?? ''))}>{association.name}</a>
            </>
          ) : null}
        </p>
      </PageIntro>
      <div className="detail-layout">
        <div className="detail-main">
          {commission.mission ? (
            <section aria-labelledby="mission-heading">
              <h2 id="mission-heading">{t.commissions.mission}</h2>
              <RichTextContent data={commission.mission} locale={locale} />
            </section>
          ) : null}
          {(commission.activityAreas ?? []).length > 0 ? (
            <section aria-labelledby="areas-heading">
              <h2 id="areas-heading">{t.commissions.activityAreas}</h2>
              <ul className="areas">
                {(commission.activityAreas ?? []).map((area) => (
                  <li key={area.id ?? area.title}>
                    <strong>{area.title}</strong>
                    {area.description ? <p>{area.description}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {(commission.members ?? []).length > 0 ? (
            <section aria-labelledby="members-heading">
              <h2 id="members-heading">{t.commissions.members}</h2>
              <ul className="people">
                {(commission.members ?? []).flatMap((member) => {
                  const person = populated<Person>(member.person)
                  const municipality = populated<Municipality>(member.municipality)
                  return person
                    ? [
                        <li key={member.id ?? person.id}>
                          <PersonCard person={person} locale={locale} role={[member.role, municipality?.name].filter(Boolean).join(', ')} showContact={false} />
                        </li>,
                      ]
                    : []
                })}
              </ul>
            </section>
          ) : null}
          {(commission.cooperatingBodies ?? []).length > 0 ? (
            <section aria-labelledby="cooperation-heading">
              <h2 id="cooperation-heading">{t.commissions.cooperatingBodies}</h2>
              <ul>
                {(commission.cooperatingBodies ?? []).map((body) => (
                  <li key={body.id ?? body.name}>
                    {body.name} <span className="meta">({body.scope === 'international' ? t.commissions.international : t.commissions.national})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="detail-aside" aria-label={t.commissions.channels}>
          {chair ? (
            <section aria-labelledby="chair-heading">
              <h2 id="chair-heading">{t.commissions.chair}</h2>
              <PersonCard person={chair} locale={locale} />
            </section>
          ) : null}
          {(commission.communicationChannels ?? []).length > 0 ? (
            <section aria-labelledby="channels-heading">
              <h2 id="channels-heading">{t.commissions.channels}</h2>
              <ul>
                {(commission.communicationChannels ?? []).map((channel) => (
                  <li key={channel.id ?? channel.kind}>
                    {t.options.channelKind[channel.kind]}
                    {channel.label ? `: ${channel.label}` : ''}
                    {channel.address ? (
                      <>
                        {' '}
                        <a href={channelHref(channel.kind, channel.address)}>{channel.address.replace(/^mailto:/, '')}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {reports.length > 0 ? (
            <section aria-labelledby="reports-heading">
              <h2 id="reports-heading">{t.commissions.reports}</h2>
              <DocumentLinks documents={reports} locale={locale} />
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  )
}
