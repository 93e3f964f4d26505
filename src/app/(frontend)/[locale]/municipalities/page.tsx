import type { Metadata } from 'next'

import { readDirectory, readDirectoryOptions } from '@/collections/Municipalities/queries'
import { FilterForm, SelectFilter, TextFilter } from '@/components/site/FilterForm'
import { PageIntro } from '@/components/site/PageIntro'
import { Pagination } from '@/components/site/Pagination'
import { localizedPath } from '@/domain/locale/locales'
import { isActiveMemberOf } from '@/domain/memberships/activeMembership'
import { MUNICIPALITY_KINDS } from '@/domain/municipalities/kinds'
import { pageNumber } from '@/domain/site/pagination'
import { paths } from '@/domain/site/paths'
import { choiceParam, slugParam, textParam, type RawSearchParams } from '@/domain/site/searchParams'
import { formatNumber, messagesFor, plural } from '@/i18n/messages'
import type { Association, Region } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.municipalities, title: t.municipalities.title, description: t.municipalities.intro, noIndex: Object.keys(query).length > 0 })
}

/** The directory: name search (accent-insensitive), region, district, kind and membership filters, 24 per page. */
export default async function MunicipalitiesPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const viewer = await currentViewer()
  const options = await readDirectoryOptions(viewer, locale)
  const district = textParam(query, 'district')
  const filter = {
    q: textParam(query, 'q'),
    region: slugParam(query, 'region'),
    district: district && options.districts.includes(district) ? district : undefined,
    kind: choiceParam(query, 'kind', MUNICIPALITY_KINDS),
    membership: slugParam(query, 'membership'),
    page: pageNumber(query.page),
  }
  const directory = await readDirectory(viewer, locale, filter)
  const { page: _page, ...kept } = filter
  const active = Object.values(kept).some((value) => value !== undefined)
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.municipalities.title }]} title={t.municipalities.title} lead={t.municipalities.intro} />
      <FilterForm locale={locale} path={paths.municipalities} active={active}>
        <TextFilter name="q" type="search" label={t.municipalities.name} value={filter.q} />
        <SelectFilter name="region" label={t.municipalities.region} value={filter.region} allLabel={t.municipalities.allRegions} options={options.regions.map((region) => ({ value: region.code, label: region.name }))} />
        <SelectFilter name="district" label={t.municipalities.district} value={filter.district} allLabel={t.municipalities.allDistricts} options={options.districts.map((name) => ({ value: name, label: name }))} />
        <SelectFilter name="kind" label={t.municipalities.kind} value={filter.kind} allLabel={t.municipalities.allKinds} options={MUNICIPALITY_KINDS.map((value) => ({ value, label: t.options.municipalityKind[value] }))} />
        <SelectFilter
          name="membership"
          label={t.municipalities.membership}
          value={filter.membership}
          allLabel={t.municipalities.anyMembership}
          options={options.associations.map((association) => ({ value: association.slug ?? '', label: association.name }))}
        />
      </FilterForm>
      <p className="result-count" role="status">
        {plural(locale, directory.totalDocs, t.municipalities.count)}
        {directory.totalPages > 1 ? ` · ${t.list.pageOf(directory.page, directory.totalPages)}` : ''}
      </p>
      {directory.municipalities.length === 0 ? (
        <p>{t.list.noResults}</p>
      ) : (
        <div className="table-scroll">
          <table className="directory">
            <caption className="visually-hidden">{t.municipalities.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipalities.name}</th>
                <th scope="col">{t.municipalities.kind}</th>
                <th scope="col">{t.municipalities.district}</th>
                <th scope="col">{t.municipalities.region}</th>
                <th scope="col" className="numeric">
                  {t.municipalities.population}
                </th>
                <th scope="col">{t.municipalities.membership}</th>
              </tr>
            </thead>
            <tbody>
              {directory.municipalities.map((municipality) => {
                const memberOf = (municipality.memberships ?? [])
                  .filter((membership) => isActiveMemberOf([membership], () => true))
                  .map((membership) => populated<Association>(membership.association))
                  .filter((association) => association !== null)
                return (
                  <tr key={municipality.id}>
                    <th scope="row">
                      <a href={localizedPath(locale, paths.municipality(municipality.slug ?? ''))}>{municipality.name}</a>
                    </th>
                    <td>{t.options.municipalityKind[municipality.kind]}</td>
                    <td>{municipality.district}</td>
                    <td>{populated<Region>(municipality.region)?.name}</td>
                    <td className="numeric">{typeof municipality.population === 'number' ? formatNumber(locale, municipality.population) : ''}</td>
                    <td>{memberOf.map((association) => association.shortName).join(', ')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination locale={locale} path={paths.municipalities} query={kept} page={directory.page} totalPages={directory.totalPages} />
    </>
  )
}
