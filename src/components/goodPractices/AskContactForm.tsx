'use client'

import { useActionState } from 'react'

import { askContactAction, type AskState } from '@/app/(frontend)/[locale]/good-practices/[slug]/actions'

/** A member's question to the contact person of a good practice. */
export function AskContactForm({
  practice,
  locale,
  labels,
}: {
  practice: string
  locale: string
  labels: { heading: string; intro: string; message: string; send: string }
}) {
  const [state, action, pending] = useActionState<AskState, FormData>(askContactAction, { status: 'idle' })
  const invalid = state.status === 'error' && state.field === 'message'
  return (
    <section aria-labelledby="ask-heading">
      <h2 id="ask-heading">{labels.heading}</h2>
      <p>{labels.intro}</p>
      {state.status === 'sent' ? (
        <p className="notice success" role="status">
          {state.message}
        </p>
      ) : (
        <form action={action}>
          <input type="hidden" name="practice" value={practice} />
          <input type="hidden" name="locale" value={locale} />
          {state.status === 'error' && !invalid ? (
            <p className="notice error" role="alert">
              {state.message}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor="ask-message">{labels.message}</label>
            <textarea
              id="ask-message"
              name="message"
              required
              minLength={10}
              maxLength={4000}
              defaultValue={state.status === 'error' ? state.text : ''}
              aria-invalid={invalid}
              aria-describedby={invalid ? 'ask-message-error' : undefined}
            />
            {invalid ? (
              <p id="ask-message-error" className="field-error" role="alert">
                {state.message}
              </p>
            ) : null}
          </div>
          <p className="actions">
            <button type="submit" className="button" disabled={pending}>
              {labels.send}
            </button>
          </p>
        </form>
      )}
    </section>
  )
}
