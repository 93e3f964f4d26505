import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readAssociation } from '@/collections/Associations/queries'
import { JsonLd } from '@/components/site/JsonLd'
import { MediaImage } from '@/components/site/MediaImage'
import { PageIntro } from '@/components/site/PageIntro'
import { PersonCard } from '@/components/site/PersonCard'
import { RichTextContent } from '@/components/site/RichTextContent'
import { addressLine } from '@/domain/events/venue'
import { localizedPath } from '@/domain/locale/locales'
import { organizationJsonLd } from '@/domain/seo/jsonLd'
import { paths, withQuery } from '@/domain/site/paths'
import { formatNumber, messagesFor } from '@/i18n/messages'
import type { Association, Media, Person, Region } from '@/payload-types'
import { absoluteUrl, pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const found = await readAssociation(await currentViewer(), locale, slug)
  if (!found) return {}
  return pageMetadata({ locale, path: paths.association(slug), title: found.association.name })
}

/** An association: governing bodies and their members, contact persons, commissions, services, member count. */
export default async function AssociationPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const found = await readAssociation(await currentViewer(), locale, slug)
  if (!found) notFound()
  const { association, commissions, services } = found
  const logo = populated<Media>(association.logo)
  const parent = populated<Association>(association.parent)
  const regions = populatedAll<Region>(association.regions)
  const contacts = populatedAll<Person>(association.contactPersons)
  const address = addressLine(association.address)
  const website = association.website ?? association.contact?.website
  return (
    <article className="detail">
      <JsonLd
        data={organizationJsonLd({
          name: association.name,
          url: absoluteUrl(localizedPath(locale, paths.association(slug))),
          logo: logo?.url ? absoluteUrl(logo.url) : null,
          email: association.contact?.email,
          phone: association.contact?.phone,
          sameAs: website,
        })}
      />
      <PageIntro locale={locale} trail={[{ label: t.associations.title, path: paths.associations }, { label: association.name }]} title={association.name}>
        <p className="eyebrow">
          {t.options.associationKind[association.kind]} · {association.shortName}
        </p>
      </PageIntro>
      <div className="detail-layout">
        <div className="detail-main">
          <RichTextContent data={association.description} locale={locale} />
          {(association.governingBodies ?? []).length > 0 ? (
            <section aria-labelledby="bodies-heading">
              <h2 id="bodies-heading">{t.associations.bodies}</h2>
              {(association.governingBodies ?? []).map((body) => (
                <div key={body.id ?? body.name} className="body">
                  <h3>{body.name}</h3>
                  <ul className="people">
                    {(body.members ?? []).flatMap((member) => {
                      const person = populated<Person>(member.person)
                      return person ? [
                        <li key={member.id ?? person.id}>
                          <PersonCard person={person} locale={locale} role={member.role} level={4} showContact={false} />
                        </li>,
                      ] : []
                    })}
                  </ul>
                </div>
              ))}
            </section>
          ) : null}
          {commissions.length > 0 ? (
            <section aria-labelledby="commissions-heading">
              <h2 id="commissions-heading">{t.associations.commissions}</h2>
              <ul className="link-list">
                {commissions.map((commission) => (
                  <li key={commission.id}>
                    <a href={localizedPath(locale, paths.commission(commission.slug ?? ''))}>
                      {commission.name}
                      {commission.abbreviation ? ` (${commission.abbreviation})` : ''}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {services.length > 0 ? (
            <section aria-labelledby="services-heading">
              <h2 id="services-heading">{t.associations.services}</h2>
              <ul className="link-list">
                {services.map((service) => (
                  <li key={service.id}>
                    <a href={localizedPath(locale, paths.service(service.slug ?? ''))}>{service.title}</a>
                    {service.summary ? <p>{service.summary}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="detail-aside" aria-label={t.associations.contact}>
          {logo ? <MediaImage media={logo} size="card" sizes="20rem" className="association-logo" /> : null}
          <dl className="facts">
            <dt>{t.associations.memberCount}</dt>
            <dd>
              <a href={localizedPath(locale, withQuery(paths.municipalities, { member: association.slug }))}>{formatNumber(locale, association.memberCount ?? 0)}</a>
            </dd>
            {association.founded ? (
              <>
                <dt>{t.associations.founded}</dt>
                <dd>{association.founded}</dd>
              </>
            ) : null}
            {parent ? (
              <>
                <dt>{t.associations.parent}</dt>
                <dd>
                  <a href={localizedPath(locale, paths.association(parent.slug ?? ''))}>{parent.name}</a>
                </dd>
              </>
            ) : null}
            {regions.length > 0 ? (
              <>
                <dt>{t.associations.regions}</dt>
                <dd>{regions.map((region) => region.name).join(', ')}</dd>
              </>
            ) : null}
            {(association.chambers ?? []).length > 0 ? (
              <>
                <dt>{t.associations.chambers}</dt>
                <dd>{(association.chambers ?? []).map((chamber) => chamber.name).join(', ')}</dd>
              </>
            ) : null}
            {website ? (
              <>
                <dt>{t.associations.website}</dt>
                <dd>
                  <a href={website}>{website.replace(/^https?:\/\//, '')}</a>
                </dd>
              </>
            ) : null}
            {association.contact?.email ? (
              <>
                <dt>{t.people.email}</dt>
                <dd>
                  <a href={`mailto:${association.contact.email}`}>{association.contact.email}</a>
                </dd>
              </>
            ) : null}
            {association.contact?.phone ? (
              <>
                <dt>{t.people.phone}</dt>
                <dd>{association.contact.phone}</dd>
              </>
            ) : null}
            {address ? (
              <>
                <dt>{t.events.venue}</dt>
                <dd>{address}</dd>
              </>
            ) : null}
          </dl>
          {contacts.length > 0 ? (
            <section aria-labelledby="association-contacts">
              <h2 id="association-contacts">{t.associations.contactPersons}</h2>
              <ul className="people">
                {contacts.map((person) => (
                  <li key={person.id}>
                    <PersonCard person={person} locale={locale} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  )
}
