import type { Metadata } from 'next'

import { readServiceList } from '@/collections/Services/queries'
import { FilterForm, SelectFilter } from '@/components/site/FilterForm'
import { PageIntro } from '@/components/site/PageIntro'
import { localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { choiceParam, type RawSearchParams } from '@/domain/site/searchParams'
import { messagesFor, plural } from '@/i18n/messages'
import type { Association } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

const CATEGORIES = ['seminars', 'trainings', 'information-service', 'good-practice-sharing', 'partnership-matching', 'advice', 'other'] as const

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.services, title: t.services.title, description: t.services.intro, noIndex: Object.keys(query).length > 0 })
}

export default async function ServicesPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const category = choiceParam(query, 'category', CATEGORIES)
  const services = await readServiceList(await currentViewer(), locale, { category })
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.services.title }]} title={t.services.title} lead={t.services.intro} />
      <FilterForm locale={locale} path={paths.services} active={Boolean(category)}>
        <SelectFilter
          name="category"
          label={t.services.category}
          value={category}
          allLabel={t.services.allCategories}
          options={CATEGORIES.map((value) => ({ value, label: t.options.serviceCategory[value] }))}
        />
      </FilterForm>
      <p className="result-count" role="status">
        {plural(locale, services.length, t.list.results)}
      </p>
      {services.length === 0 ? (
        <p>{category ? t.list.noResults : t.services.noServices}</p>
      ) : (
        <ul className="cards">
          {services.map((service) => {
            const provider = populated<Association>(service.association)
            return (
              <li key={service.id}>
                <article className="card">
                  <div className="card-body">
                    <p className="eyebrow">{t.options.serviceCategory[service.category]}</p>
                    <h2>
                      <a href={localizedPath(locale, paths.service(service.slug ?? ''))}>{service.title}</a>
                    </h2>
                    {provider ? (
                      <p className="meta">
                        {t.services.provider}: {provider.shortName}
                      </p>
                    ) : null}
                    {service.summary ? <p>{service.summary}</p> : null}
                  </div>
                </article>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
