import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { searchLibrary } from '@/collections/GoodPractices/library'
import { FilterSelect } from '@/components/FilterSelect'
import { PracticeList } from '@/components/goodPractices/PracticeList'
import { Pagination } from '@/components/register/Pagination'
import { libraryQueryString, readLibraryCriteria, type LibraryField } from '@/domain/goodPractices/libraryCriteria'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { SIZE_BANDS } from '@/domain/municipalities/sizeBand'
import { TOPIC_AREAS } from '@/domain/topics/topicAreas'
import { registerMessagesFor, type RegisterMessages } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { currentViewer, isStaffViewer } from '@/lib/viewer'

import '../../register.css'

// Filters and search make every request its own page, and members see more than visitors.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = registerMessagesFor(locale)
  return { title: t.library.title, description: t.library.intro }
}

const fieldLabel = (t: RegisterMessages, field: LibraryField): string =>
  ({ q: t.library.search, topic: t.library.topic, region: t.library.region, size: t.library.sizeBand, year: t.library.year, page: t.directory.pagination })[field]

export default async function LibraryPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = registerMessagesFor(locale)
  const { criteria, problems } = readLibraryCriteria(await searchParams)
  const payload = await payloadClient()
  const [viewer, regions, years] = await Promise.all([
    currentViewer(payload),
    payload.find({ collection: 'regions', where: { kind: { in: ['cz-region', 'pl-voivodeship'] } }, select: { code: true, name: true }, pagination: false, depth: 0, locale, overrideAccess: false }),
    payload.findDistinct({ collection: 'good-practices', field: 'year', where: { _status: { equals: 'published' } }, sort: '-year', overrideAccess: false }),
  ])
  const region = criteria.region === null ? null : (regions.docs.find((candidate) => candidate.code === criteria.region)?.id ?? null)
  const allProblems = criteria.region !== null && region === null ? [...problems, 'region' as const] : problems
  const result = await searchLibrary(payload, criteria, { region, user: viewer, locale })
  const path = localizedPath(locale, '/good-practices')
  const czech = new Intl.Collator(locale)

  return (
    <div className="library">
      <h1>{t.library.title}</h1>
      <p className="lead">{t.library.intro}</p>
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
            options={[...regions.docs].sort((a, b) => czech.compare(a.name, b.name)).map((candidate) => ({ value: candidate.code, label: candidate.name }))}
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
            options={years.values
              .map((value) => value.year)
              .filter((year): year is number => typeof year === 'number')
              .map((year) => ({ value: String(year), label: String(year) }))}
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
