import type { BeforeListTableServerProps } from 'payload'

/** Above the list of municipalities: the whole directory as CSV (filters as on the public directory page). */
export function DirectoryExportLink({ payload, i18n }: BeforeListTableServerProps) {
  return (
    <p>
      <a className="btn btn--style-secondary btn--size-small" href={`${payload.config.routes.api}/municipalities/export`}>
        {i18n.language === 'cs' ? 'Stáhnout adresář obcí jako CSV' : 'Download the municipality directory as CSV'}
      </a>
    </p>
  )
}
