import type { BeforeListTableServerProps } from 'payload'

/** Above the list of good practices: every practice the staff user may read, as CSV. */
export function GoodPracticesExportLink({ payload, i18n }: BeforeListTableServerProps) {
  return (
    <p>
      <a className="btn btn--style-secondary btn--size-small" href={`${payload.config.routes.api}/good-practices/export`}>
        {i18n.language === 'cs' ? 'Stáhnout dobrou praxi jako CSV' : 'Download good practices as CSV'}
      </a>
    </p>
  )
}
