import type { Metadata } from 'next'

import { readLibraryFacets, readLibraryPage } from '@/collections/GoodPractices/queries'
import { FilterSelect } from '@/components/FilterSelect'
import { PracticeList } from '@/components/goodPractices/PracticeList'
import { Pagination } from '@/components/register/Pagination'
import { PageIntro } from '@/components/site/PageIntro'
import { libraryQueryString, readLibraryCriteria, type LibraryField } from '@/domain/goodPractices/libraryCriteria'
import { localizedPath } from '@/domain/locale/locales'
import { SIZE_BANDS } from '@/domain/municipalities/sizeBand'
import { nameCollator } from '@/domain/site/collation'
import { paths } from '@/domain/site/paths'
import { TOPIC_AREAS } from '@/domain/topics/topicAreas'
import { registerMessagesFor, type RegisterMessages } from '@/i18n/registerMessages'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { currentViewer, isStaffViewer } from '@/site/viewer'

import '../../register.css'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = registerMessagesFor(locale)
  return pageMetadata({ locale, path: paths.goodPractices, title: t.library.title, description: t.library.intro, noIndex: Object.keys(query).length > 0 })
}

const fieldLabel = (t: RegisterMessages, field: LibraryField): string =>
  ({ q: t.library.search, topic: t.library.topic, region: t.library.region, size: t.library.sizeBand, year: t.library.year, page: t.directory.pagination })[field]

export default async function LibraryPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const t = registerMessagesFor(locale)
  const { criteria, problems } = readLibraryCriteria(await searchParams)
  const viewer = await currentViewer()
  const { regions, years } = await readLibraryFacets(viewer, locale)
  const region = criteria.region === null ? null : (regions.find((candidate) => candidate.code === criteria.region)?.id ?? null)
  const allProblems = criteria.region !== null && region === null ? [...problems, 'region' as const] : problems
  const result = await readLibraryPage(viewer, locale, criteria, region)
  const path = localizedPath(locale, paths.goodPractices)
  const collator = nameCollator(locale)

  return (
    <div className="library">
      <PageIntro locale={locale} trail={[{ label: t.library.title }]} title={t.library.title} lead={t.library.intro} />
      <p>
        <a className="button secondary" href={localizedPath(locale, '/account/good-practices/new')}>
          {t.library.share}
        </a>
      </p>

      <form method="get" action={path} role="search" aria-label={t.library.title}>
        <fieldset className="filters">
          <legend className="visually-hidden">{t.library.title}</legend>
          <div className="field">
            <label htmlFor="library-q">{t.library.search}</label>
            <input id="library-q" name="q" type="search" defaultValue={criteria.text} maxLength={100} />
          </div>
          <FilterSelect
            id="library-topic"
            name="topic"
            label={t.library.topic}
            value={criteria.topic}
            anyLabel={t.library.any}
            options={TOPIC_AREAS.map((topic) => ({ value: topic, label: t.topics[topic] }))}
          />
          <FilterSelect
            id="library-region"
            name="region"
            label={t.library.region}
            value={criteria.region}
            anyLabel={t.library.any}
            options={[...regions].sort((a, b) => collator.compare(a.name, b.name)).map((candidate) => ({ value: candidate.code, label: candidate.name }))}
          />
          <FilterSelect
            id="library-size"
            name="size"
            label={t.library.sizeBand}
            value={criteria.sizeBand}
            anyLabel={t.library.any}
            options={SIZE_BANDS.filter((band) => band !== 'unknown').map((band) => ({ value: band, label: t.sizeBands[band] }))}
          />
          <FilterSelect
            id="library-year"
            name="year"
            label={t.library.year}
            value={criteria.year ? String(criteria.year) : null}
            anyLabel={t.library.any}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <div className="actions">
            <button type="submit" className="button">
              {t.library.submit}
            </button>
            <a href={path}>{t.library.reset}</a>
          </div>
        </fieldset>
      </form>

      {allProblems.length > 0 ? (
        <div className="notice error" role="alert">
          <ul>
            {allProblems.map((field) => (
              <li key={field}>{t.library.problem(fieldLabel(t, field))}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="result-count" role="status">
        {result.totalDocs === 0 ? t.library.none : t.library.found(result.totalDocs)}
      </p>
      {result.docs.length > 0 ? <PracticeList practices={result.docs} locale={locale} headingLevel={2} /> : null}

      <Pagination
        label={t.directory.pagination}
        page={result.page ?? 1}
        totalPages={result.totalPages}
        hrefFor={(page) => `${path}${libraryQueryString(criteria, { page })}`}
        previous={t.directory.previous}
        next={t.directory.next}
        pageLabel={t.directory.page(result.page ?? 1, result.totalPages)}
      />
      {isStaffViewer(viewer) ? (
        <p>
          <a href="/api/good-practices/export">{t.library.export}</a>
        </p>
      ) : null}
    </div>
  )
}
