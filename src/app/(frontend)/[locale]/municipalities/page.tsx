import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { directoryFacets, resolveDirectoryQuery, searchDirectory } from '@/collections/Municipalities/directory'
import { Pagination } from '@/components/register/Pagination'
import { DIRECTORY_SORTS, directoryQueryString, readDirectoryCriteria, type DirectoryProblem } from '@/domain/directory/criteria'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { decodeMemberOf } from '@/domain/memberships/memberOfIds'
import { CHAMBERS, MUNICIPALITY_KINDS } from '@/domain/municipalities/kinds'
import { registerMessagesFor, type RegisterMessages } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { currentViewer, isStaffViewer } from '@/lib/viewer'

import '../../register.css'

// Every combination of filters is its own page; the query itself is what the benchmark measures.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = registerMessagesFor(locale)
  return { title: t.directory.title, description: t.directory.intro }
}

const fieldLabel = (t: RegisterMessages, field: DirectoryProblem['field']): string =>
  ({ q: t.directory.search, region: t.directory.region, district: t.directory.district, kind: t.directory.kind, chamber: t.directory.chamber, member: t.directory.membership, sort: t.directory.sort, page: t.directory.pagination })[field]

export default async function DirectoryPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = registerMessagesFor(locale)
  const { criteria, problems } = readDirectoryCriteria(await searchParams)
  const payload = await payloadClient()
  const [facets, viewer] = await Promise.all([directoryFacets(payload, locale, criteria.region), currentViewer(payload)])
  const { query, problems: unknownValues } = resolveDirectoryQuery(criteria, facets)
  const result = await searchDirectory(payload, query)
  const regionName = new Map(facets.regions.map((region) => [String(region.id), region.name]))
  const association = new Map(facets.associations.map((candidate) => [String(candidate.id), candidate]))
  const numbers = new Intl.NumberFormat(locale)
  const path = localizedPath(locale, '/municipalities')
  const allProblems = [...problems, ...unknownValues]

  return (
    <div className="directory">
      <h1>{t.directory.title}</h1>
      <p className="lead">{t.directory.intro}</p>

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
          <div className="field">
            <label htmlFor="directory-region">{t.directory.region}</label>
            <select id="directory-region" name="region" defaultValue={criteria.region ?? ''}>
              <option value="">{t.directory.any}</option>
              {facets.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="directory-district">{t.directory.district}</label>
            <select id="directory-district" name="district" defaultValue={criteria.district ?? ''}>
              <option value="">{t.directory.any}</option>
              {facets.districts.map((district) => (
                <option key={district} value={district}>
                  {district}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="directory-kind">{t.directory.kind}</label>
            <select id="directory-kind" name="kind" defaultValue={criteria.kind ?? ''}>
              <option value="">{t.directory.any}</option>
              {MUNICIPALITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t.kinds[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="directory-chamber">{t.directory.chamber}</label>
            <select id="directory-chamber" name="chamber" defaultValue={criteria.chamber ?? ''}>
              <option value="">{t.directory.any}</option>
              {CHAMBERS.map((chamber) => (
                <option key={chamber} value={chamber}>
                  {t.chambers[chamber]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="directory-member">{t.directory.membership}</label>
            <select id="directory-member" name="member" defaultValue={criteria.member ?? ''}>
              <option value="">{t.directory.anyMembership}</option>
              {facets.associations.map((candidate) => (
                <option key={candidate.slug} value={candidate.slug}>
                  {t.directory.membersOf(candidate.shortName)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="directory-sort">{t.directory.sort}</label>
            <select id="directory-sort" name="sort" defaultValue={criteria.sort}>
              {DIRECTORY_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t.directory.sorts[sort]}
                </option>
              ))}
            </select>
          </div>
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
                    <a href={localizedPath(locale, `/municipalities/${municipality.slug ?? ''}`)}>{municipality.name}</a>
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
