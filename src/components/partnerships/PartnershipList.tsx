import { COOPERATION_AREAS } from '@/domain/partnerships/cooperationAreas'
import type { PartnershipFilters, PublicPartnership, PublicRegion } from '@/domain/partnerships/publicList'
import type { PartnershipMessages } from '@/i18n/partnershipMessages'

type Props = { t: PartnershipMessages; regions: PublicRegion[] }

/** A plain GET form, so filtering works without JavaScript and every filtered list has its own address. */
export function PartnershipFilterForm({ t, regions, filters, withRegion }: Props & { filters: PartnershipFilters; withRegion: boolean }) {
  const countries = [...new Set(regions.filter((region) => region.kind !== 'cz-region').map((region) => region.country))].sort()
  const czRegions = regions.filter((region) => region.kind === 'cz-region' && region.partnerRegionIds.length > 0)
  return (
    <form method="get" className="filters" aria-label={t.regions.filters}>
      {withRegion ? (
        <label>
          {t.regions.filterRegion}
          <select name="region" defaultValue={filters.region ?? ''}>
            <option value="">{t.regions.filterAll}</option>
            {czRegions.map((region) => (
              <option key={region.id} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t.regions.filterCountry}
        <select name="country" defaultValue={filters.country ?? ''}>
          <option value="">{t.regions.filterAll}</option>
          {countries.map((country) => (
            <option key={country} value={country}>
              {t.countries[country] ?? country}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.regions.filterArea}
        <select name="area" defaultValue={filters.area ?? ''}>
          <option value="">{t.regions.filterAll}</option>
          {COOPERATION_AREAS.map((area) => (
            <option key={area} value={area}>
              {t.areas[area]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t.regions.applyFilters}
      </button>
    </form>
  )
}

/** Established partnerships as a table: municipality, foreign partner with its region and country, since when, areas. */
export function PartnershipTable({ t, regions, partnerships, captionId }: Props & { partnerships: PublicPartnership[]; captionId: string }) {
  const byId = new Map(regions.map((region) => [region.id, region]))
  return (
    <>
      <p id={captionId} role="status">
        {t.regions.partnershipCount(partnerships.length)}
      </p>
      {partnerships.length === 0 ? (
        <p>{t.regions.noPartnerships}</p>
      ) : (
        <table className="data-table" aria-describedby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t.regions.municipality}</th>
              <th scope="col">{t.regions.partner}</th>
              <th scope="col">{t.regions.since}</th>
              <th scope="col">{t.regions.areas}</th>
            </tr>
          </thead>
          <tbody>
            {partnerships.map((partnership) => {
              const region = byId.get(partnership.partnerRegionId)
              return (
                <tr key={partnership.id}>
                  <th scope="row">{partnership.municipality}</th>
                  <td>
                    {partnership.partnerWebsite ? <a href={partnership.partnerWebsite}>{partnership.partnerName}</a> : partnership.partnerName}
                    {region ? ` (${region.name}, ${t.countries[region.country] ?? region.country})` : ''}
                    {partnership.description ? <p className="hint">{partnership.description}</p> : null}
                  </td>
                  <td>{partnership.since ?? '–'}</td>
                  <td>{partnership.areas.map((area) => t.areas[area]).join(', ')}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </>
  )
}
