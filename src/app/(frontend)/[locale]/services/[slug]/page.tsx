import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readService } from '@/collections/Services/queries'
import { DocumentLinks } from '@/components/site/DocumentLinks'
import { PageIntro } from '@/components/site/PageIntro'
import { PersonCard } from '@/components/site/PersonCard'
import { RichTextContent } from '@/components/site/RichTextContent'
import { localizedPath } from '@/domain/locale/locales'
import { paths, withQuery } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Association, Document, Person } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const service = await readService(await currentViewer(), locale, slug)
  if (!service) return {}
  return pageMetadata({ locale, path: paths.service(slug), title: service.meta?.title || service.title, description: service.meta?.description || service.summary })
}

export default async function ServicePage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const service = await readService(await currentViewer(), locale, slug)
  if (!service) notFound()
  const provider = populated<Association>(service.association)
  const contacts = populatedAll<Person>(service.contactPersons)
  const presentation = populated<Document>(service.presentation)
  return (
    <article className="detail">
      <PageIntro locale={locale} trail={[{ label: t.services.title, path: paths.services }, { label: service.title }]} title={service.title} lead={service.summary}>
        <p className="eyebrow">
          <a href={localizedPath(locale, withQuery(paths.services, { category: service.category }))}>{t.options.serviceCategory[service.category]}</a>
        </p>
      </PageIntro>
      <div className="detail-layout">
        <div className="detail-main">
          <RichTextContent data={service.content} locale={locale} />
          {presentation ? (
            <section aria-labelledby="presentation-heading">
              <h2 id="presentation-heading">{t.services.presentation}</h2>
              <DocumentLinks documents={[presentation]} locale={locale} />
            </section>
          ) : null}
          {service.projectWebsite ? (
            <p>
              <a href={service.projectWebsite} rel="external">
                {t.services.projectWebsite}
              </a>
            </p>
          ) : null}
        </div>
        <aside className="detail-aside" aria-label={t.services.contactPersons}>
          {provider ? (
            <p>
              {t.services.provider}: <a href={localizedPath(locale, paths.association(provider.slug ?? ''))}>{provider.name}</a>
            </p>
          ) : null}
          {contacts.length > 0 ? (
            <section aria-labelledby="service-contacts">
              <h2 id="service-contacts">{t.services.contactPersons}</h2>
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
