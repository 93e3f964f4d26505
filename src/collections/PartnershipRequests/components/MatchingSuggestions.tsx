import type { UIFieldServerProps } from 'payload'

import { messageLocaleOf } from '@/lib/messageLocale'

import { suggestionsFor } from '../suggestions'

/**
 * The office's matching help under an application: partnerships and other applications in the
 * same partner regions with overlapping areas, best first, each with the reasons it was suggested.
 */
export async function MatchingSuggestions({ id, req }: UIFieldServerProps) {
  if (id === undefined) return null
  const czech = req.i18n.language === 'cs'
  const suggestions = await suggestionsFor(req, id, messageLocaleOf(req))
  return (
    <section className="field-type" aria-labelledby="matching-suggestions" style={{ margin: '2rem 0' }}>
      <h3 id="matching-suggestions">{czech ? 'Návrhy pro párování' : 'Matching suggestions'}</h3>
      {suggestions.length === 0 ? (
        <p>{czech ? 'V požadovaných regionech zatím není partnerství ani žádost se společnou oblastí.' : 'No partnership or application in the desired regions shares an area yet.'}</p>
      ) : (
        <ol style={{ paddingLeft: '1.4rem' }}>
          {suggestions.map((suggestion) => (
            <li key={`${suggestion.kind}-${suggestion.id}`} style={{ marginBottom: '0.75rem' }}>
              <a href={suggestion.adminPath}>{suggestion.title}</a> <span>({czech ? 'skóre' : 'score'} {suggestion.score})</span>
              <ul style={{ paddingLeft: '1.2rem' }}>
                {suggestion.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
