import type { UIFieldServerProps } from 'payload'

import type { QuestionResult } from '@/domain/forms/results'

import { loadFormResults } from '../results'

import { BarChart } from './BarChart'

const number = (value: number | null, locale: string) => (value === null ? '–' : value.toLocaleString(locale, { maximumFractionDigits: 2 }))

function QuestionBlock({ result, index, locale, czech }: { result: QuestionResult; index: number; locale: string; czech: boolean }) {
  const heading = `${index + 1}. ${result.question.label}`
  const answeredText = `${czech ? 'Odpovědělo' : 'Answered'}: ${result.answered}`
  if (result.kind === 'choices' || result.kind === 'scale') {
    const id = `question-${index}`
    return (
      <section aria-labelledby={`${id}-heading`} style={{ marginBottom: '2rem' }}>
        <h4 id={`${id}-heading`}>{heading}</h4>
        <p>
          {answeredText}
          {result.kind === 'choices' && result.multiple ? ` · ${czech ? 'lze zvolit více možností' : 'several options allowed'}` : ''}
          {result.kind === 'scale' ? ` · ${czech ? 'průměr' : 'mean'} ${number(result.mean, locale)} · ${czech ? 'medián' : 'median'} ${number(result.median, locale)}` : ''}
        </p>
        <BarChart id={id} title={heading} rows={result.counts} answered={result.answered} />
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{czech ? 'Možnost' : 'Option'}</th>
              <th scope="col">{czech ? 'Počet' : 'Count'}</th>
            </tr>
          </thead>
          <tbody>
            {result.counts.map((count) => (
              <tr key={count.value}>
                <th scope="row">{count.label}</th>
                <td>{count.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    )
  }
  if (result.kind === 'number') {
    return (
      <section style={{ marginBottom: '2rem' }}>
        <h4>{heading}</h4>
        <p>
          {answeredText} · {czech ? 'průměr' : 'mean'} {number(result.mean, locale)} · min {number(result.min, locale)} · max {number(result.max, locale)}
        </p>
      </section>
    )
  }
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h4>{heading}</h4>
      <p>{answeredText}</p>
      {result.answers.length > 0 ? (
        <details>
          <summary>{czech ? 'Zobrazit odpovědi' : 'Show answers'}</summary>
          <ul>
            {result.answers.map((answer, position) => (
              <li key={position}>{answer}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}

/** Results of a questionnaire under its editor: totals, a chart and a table per question, and the CSV export. */
export async function FormResults({ id, req, payload }: UIFieldServerProps) {
  if (id === undefined) return null
  const czech = req.i18n.language === 'cs'
  const loaded = await loadFormResults(req, id).catch((error: unknown) => {
    // Payload's Forbidden; compared by status, as Next may bundle a second copy of its classes.
    if (typeof error === 'object' && error !== null && 'status' in error && error.status === 403) return null
    throw error
  })
  if (!loaded) return <p>{czech ? 'Výsledky vidí jen pracovníci svazu, kterému formulář patří.' : "Only staff of the form's association see its results."}</p>
  const { results } = loaded
  const csvUrl = `${payload.config.serverURL}${payload.config.routes.api}/forms/${id}/results.csv`
  return (
    <section aria-labelledby="form-results" style={{ margin: '2rem 0' }}>
      <h3 id="form-results">{czech ? 'Výsledky' : 'Results'}</h3>
      <p>
        {czech ? 'Počet odpovědí' : 'Answers'}: <strong>{results.total}</strong> · <a href={csvUrl}>{czech ? 'Stáhnout všechny odpovědi (CSV)' : 'Download all answers (CSV)'}</a>
      </p>
      {results.questions.map((result, index) => (
        <QuestionBlock key={result.question.name} result={result} index={index} locale={req.locale && req.locale !== 'all' ? req.locale : 'cs'} czech={czech} />
      ))}
    </section>
  )
}
