import type { Metadata } from 'next'

import { resolveDirectoryQuery } from '@/collections/Municipalities/directory'
import { readDirectoryFacets, readDirectoryPage } from '@/collections/Municipalities/queries'
import { FilterSelect } from '@/components/FilterSelect'
import { Pagination } from '@/components/register/Pagination'
import { PageIntro } from '@/components/site/PageIntro'
import { DIRECTORY_SORTS, directoryQueryString, readDirectoryCriteria, type DirectoryProblem } from '@/domain/directory/criteria'
import { localizedPath } from '@/domain/locale/locales'
import { decodeMemberOf } from '@/domain/memberships/memberOfIds'
import { CHAMBERS, MUNICIPALITY_KINDS } from '@/domain/municipalities/kinds'
import { paths } from '@/domain/site/paths'
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
  return pageMetadata({ locale, path: paths.municipalities, title: t.directory.title, description: t.directory.intro, noIndex: Object.keys(query).length > 0 })
}

const fieldLabel = (t: RegisterMessages, field: DirectoryProblem['field']): string =>
  ({ q: t.directory.search, region: t.directory.region, district: t.directory.district, kind: t.directory.kind, chamber: t.directory.chamber, member: t.directory.membership, sort: t.directory.sort, page: t.directory.pagination })[field]

export default async function DirectoryPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const t = registerMessagesFor(locale)
  const { criteria, problems } = readDirectoryCriteria(await searchParams)
  const viewer = await currentViewer()
  const facets = await readDirectoryFacets(viewer, locale, criteria.region)
  const { query, problems: unknownValues } = resolveDirectoryQuery(criteria, facets)
  const result = await readDirectoryPage(viewer, query)
  const regionName = new Map(facets.regions.map((region) => [String(region.id), region.name]))
  const association = new Map(facets.associations.map((candidate) => [String(candidate.id), candidate]))
  const numbers = new Intl.NumberFormat(locale)
  const path = localizedPath(locale, paths.municipalities)
  const allProblems = [...problems, ...unknownValues]

  return (
    <div className="directory">
      <PageIntro locale={locale} trail={[{ label: t.directory.title }]} title={t.directory.title} lead={t.directory.intro} />

      <form method="get" action={path} role="search" aria-label={t.directory.title}>
        <fieldset className="filters">
          <legend className="visually-hidden">{t.directory.title}</legend>
          <div className="field">
            <label htmlFor="directory-q">{t.directory.search}</label>
            <input id="directory-q" name="q" type="search" defaultValue={criteria.text} maxLength={60} aria-describedby="directory-q-hint" />
            <p id="directory-q-hint" className="hint">
              {t.directory.searchHint}
            </p>
          </div>
          <FilterSelect
            id="directory-region"
            name="region"
            label={t.directory.region}
            value={criteria.region}
            anyLabel={t.directory.any}
            options={facets.regions.map((region) => ({ value: region.code, label: region.name }))}
          />
          <FilterSelect
            id="directory-district"
            name="district"
            label={t.directory.district}
            value={criteria.district}
            anyLabel={t.directory.any}
            options={facets.districts.map((district) => ({ value: district, label: district }))}
          />
          <FilterSelect
            id="directory-kind"
            name="kind"
            label={t.directory.kind}
            value={criteria.kind}
            anyLabel={t.directory.any}
            options={MUNICIPALITY_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
          />
          <FilterSelect
            id="directory-chamber"
            name="chamber"
            label={t.directory.chamber}
            value={criteria.chamber}
            anyLabel={t.directory.any}
            options={CHAMBERS.map((chamber) => ({ value: chamber, label: t.chambers[chamber] }))}
          />
          <FilterSelect
            id="directory-member"
            name="member"
            label={t.directory.membership}
            value={criteria.member}
            anyLabel={t.directory.anyMembership}
            options={facets.associations.map((candidate) => ({ value: candidate.slug, label: t.directory.membersOf(candidate.shortName) }))}
          />
          <FilterSelect
            id="directory-sort"
            name="sort"
            label={t.directory.sort}
            value={criteria.sort}
            options={DIRECTORY_SORTS.map((sort) => ({ value: sort, label: t.directory.sorts[sort] }))}
          />
          <div className="actions">
            <button type="submit" className="button">
              {t.directory.submit}
            </button>
            <a href={path}>{t.directory.reset}</a>
          </div>
        </fieldset>
      </form>

      {allProblems.length > 0 ? (
        <div className="notice error" role="alert">
          <ul>
            {allProblems.map((problem) => (
              <li key={problem.field}>
                {problem.reason === 'tooLong' ? t.directory.tooLong(fieldLabel(t, problem.field)) : t.directory.problem(fieldLabel(t, problem.field))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="result-count" role="status">
        {result.totalDocs === 0 ? t.directory.none : t.directory.found(result.totalDocs)}
      </p>

      {result.docs.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.directory.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.directory.name}</th>
                <th scope="col">{t.directory.kind}</th>
                <th scope="col">{t.directory.district}</th>
                <th scope="col">{t.directory.region}</th>
                <th scope="col" className="number">
                  {t.directory.population}
                </th>
                <th scope="col">{t.directory.memberOf}</th>
              </tr>
            </thead>
            <tbody>
              {result.docs.map((municipality) => (
                <tr key={municipality.id}>
                  <th scope="row">
                    <a href={localizedPath(locale, paths.municipality(municipality.slug ?? ''))}>{municipality.name}</a>
                  </th>
                  <td>{t.kinds[municipality.kind]}</td>
                  <td>{municipality.district}</td>
                  <td>{regionName.get(String(municipality.region)) ?? ''}</td>
                  <td className="number">{typeof municipality.population === 'number' ? numbers.format(municipality.population) : '—'}</td>
                  <td>
                    <ul className="badges">
                      {decodeMemberOf(municipality.memberOfIds).map((id) => {
                        const member = association.get(id)
                        return member ? (
                          <li key={id} className="badge" title={member.name}>
                            {member.shortName}
                          </li>
                        ) : null
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <Pagination
        label={t.directory.pagination}
        page={result.page ?? 1}
        totalPages={result.totalPages}
        hrefFor={(page) => `${path}${directoryQueryString(criteria, { page })}`}
        previous={t.directory.previous}
        next={t.directory.next}
        pageLabel={t.directory.page(result.page ?? 1, result.totalPages)}
      />

      <p className="actions">
        <a href={`/api/municipalities/open-data`}>{t.directory.openData}</a>
        {isStaffViewer(viewer) ? <a href={`/api/municipalities/export${directoryQueryString(criteria, { page: 1 })}`}>{t.directory.export}</a> : null}
      </p>
    </div>
  )
}
