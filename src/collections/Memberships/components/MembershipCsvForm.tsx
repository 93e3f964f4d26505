'use client'

import { useState, type FormEvent } from 'react'

type Report = { created: number; updated: number; unchanged: number; rejected: { line: number; field: string; message: string }[] }

const words = {
  cs: {
    heading: 'Seznam členů jako CSV',
    association: 'Svaz / sdružení',
    download: 'Stáhnout CSV',
    file: 'Soubor CSV (sloupce code, status; volitelně name, since, until)',
    upload: 'Nahrát a importovat',
    working: 'Importuji…',
    done: (report: Report) => `Hotovo: ${report.created} nových, ${report.updated} změněných, ${report.unchanged} beze změny.`,
    refused: 'Soubor nebyl importován, nic se nezměnilo. Opravte tyto řádky:',
    line: 'řádek',
    failed: 'Import se nezdařil.',
  },
  en: {
    heading: 'Member list as CSV',
    association: 'Association',
    download: 'Download CSV',
    file: 'CSV file (columns code, status; optionally name, since, until)',
    upload: 'Upload and import',
    working: 'Importing…',
    done: (report: Report) => `Done: ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged.`,
    refused: 'The file was not imported; nothing changed. Fix these lines:',
    line: 'line',
    failed: 'The import failed.',
  },
}

export function MembershipCsvForm({
  associations,
  canImport,
  czech,
  apiBase,
}: {
  associations: { id: string; shortName: string }[]
  canImport: boolean
  czech: boolean
  apiBase: string
}) {
  const t = czech ? words.cs : words.en
  const [association, setAssociation] = useState(associations[0]?.id ?? '')
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setWorking(true)
    setReport(null)
    setError(null)
    try {
      const response = await fetch(`${apiBase}/import?association=${encodeURIComponent(association)}`, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        credentials: 'include',
      })
      const body = (await response.json()) as Partial<Report> & { error?: string }
      if ('rejected' in body && Array.isArray(body.rejected)) setReport(body as Report)
      else setError(body.error ?? t.failed)
    } catch {
      setError(t.failed)
    } finally {
      setWorking(false)
    }
  }

  return (
    <section style={{ margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h3 style={{ marginTop: 0 }}>{t.heading}</h3>
      <p>
        <label htmlFor="membership-csv-association">{t.association}</label>{' '}
        <select id="membership-csv-association" value={association} onChange={(event) => setAssociation(event.target.value)}>
          {associations.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.shortName}
            </option>
          ))}
        </select>{' '}
        <a className="btn btn--style-secondary btn--size-small" href={`${apiBase}/export?association=${encodeURIComponent(association)}`}>
          {t.download}
        </a>
      </p>
      {canImport ? (
        <form onSubmit={upload}>
          <label htmlFor="membership-csv-file">{t.file}</label>{' '}
          <input id="membership-csv-file" name="file" type="file" accept=".csv,text/csv" required />{' '}
          <button type="submit" className="btn btn--style-primary btn--size-small" disabled={working}>
            {working ? t.working : t.upload}
          </button>
        </form>
      ) : null}
      <div role="status" aria-live="polite">
        {report && report.rejected.length === 0 ? <p>{t.done(report)}</p> : null}
        {report && report.rejected.length > 0 ? (
          <>
            <p>{t.refused}</p>
            <ul>
              {report.rejected.map((problem) => (
                <li key={`${problem.line}-${problem.field}-${problem.message}`}>
                  {t.line} {problem.line}, {problem.field}: {problem.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {error ? <p>{error}</p> : null}
      </div>
    </section>
  )
}
