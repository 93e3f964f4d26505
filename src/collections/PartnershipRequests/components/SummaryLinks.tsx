import type { UIFieldServerProps } from 'payload'

import { LOCALES } from '@/domain/locale/locales'

const languageNames = { cs: 'čeština / Czech', pl: 'polština / Polish', en: 'angličtina / English' }

/** Links to the PDF summary of the application for the partner region, one per language. */
export function SummaryLinks({ id, i18n, payload }: UIFieldServerProps) {
  if (id === undefined) return null
  const czech = i18n.language === 'cs'
  const base = `${payload.config.serverURL}${payload.config.routes.api}/partnership-requests/${id}/summary.pdf`
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{czech ? 'Souhrn pro partnerský region (PDF)' : 'Summary for the partner region (PDF)'}</h4>
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a href={`${base}?lang=${locale}`} target="_blank" rel="noopener" hrefLang={locale}>
              {languageNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
