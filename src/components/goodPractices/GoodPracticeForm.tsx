'use client'

import { useActionState, type ReactNode } from 'react'

import { submitGoodPracticeAction, type FormValues, type SubmissionState } from '@/app/(frontend)/[locale]/account/good-practices/actions'
import type { SubmissionField } from '@/domain/goodPractices/submission'

export interface GoodPracticeFormLabels {
  fields: Record<SubmissionField, string>
  topics: { value: string; label: string }[]
  audiencePublic: string
  audienceMembers: string
  paragraphsHint: string
  contactHint: string
  send: string
  errorsTitle: string
}

/**
 * A member's good practice: every field labelled, errors shown next to their field and listed at
 * the top with links to the fields, and what was typed kept when the form comes back with errors.
 */
export function GoodPracticeForm({
  locale,
  practice,
  initial,
  labels,
  afterSave,
}: {
  locale: string
  practice: string | null
  initial: FormValues
  labels: GoodPracticeFormLabels
  afterSave: ReactNode
}) {
  const [state, action, pending] = useActionState<SubmissionState, FormData>(submitGoodPracticeAction, { status: 'idle' })
  if (state.status === 'saved') {
    return (
      <div className="notice success" role="status">
        <p>{state.message}</p>
        {afterSave}
      </div>
    )
  }
  const values = state.status === 'error' ? state.values : initial
  const errors = state.status === 'error' ? state.fieldErrors : {}
  const errorOf = (field: SubmissionField) => errors[field]
  const described = (field: SubmissionField, hint?: string) =>
    [errorOf(field) ? `${field}-error` : null, hint ?? null].filter(Boolean).join(' ') || undefined
  const fieldError = (field: SubmissionField) =>
    errorOf(field) ? (
      <p id={`${field}-error`} className="field-error">
        {errorOf(field)?.join(' ')}
      </p>
    ) : null
  const input = (field: 'title' | 'year' | 'contactName' | 'contactEmail' | 'contactPhone', type: string, required: boolean, extra: Record<string, string | number> = {}) => (
    <div className="field">
      <label htmlFor={`practice-${field}`}>{labels.fields[field]}</label>
      <input
        id={`practice-${field}`}
        name={field}
        type={type}
        required={required}
        defaultValue={values[field]}
        aria-invalid={Boolean(errorOf(field))}
        aria-describedby={described(field, field === 'contactEmail' ? 'contact-hint' : undefined)}
        {...extra}
      />
      {fieldError(field)}
    </div>
  )
  const textarea = (field: 'summary' | 'content' | 'results' | 'costsAndFunding', required: boolean, maxLength: number) => (
    <div className="field">
      <label htmlFor={`practice-${field}`}>{labels.fields[field]}</label>
      <textarea
        id={`practice-${field}`}
        name={field}
        required={required}
        maxLength={maxLength}
        defaultValue={values[field]}
        aria-invalid={Boolean(errorOf(field))}
        aria-describedby={described(field, field === 'summary' ? undefined : 'paragraphs-hint')}
      />
      {fieldError(field)}
    </div>
  )
  const problems = Object.entries(errors) as [SubmissionField, string[]][]

  return (
    <form action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="practice" value={practice ?? ''} />
      {state.status === 'error' ? (
        <div className="notice error" role="alert" tabIndex={-1}>
          <p>{problems.length > 0 ? labels.errorsTitle : state.message}</p>
          {problems.length > 0 ? (
            <ul>
              {problems.map(([field, messages]) => (
                <li key={field}>
                  <a href={`#practice-${field === 'topics' || field === 'audience' ? `${field}-0` : field}`}>{labels.fields[field]}</a>: {messages.join(' ')}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p id="paragraphs-hint" className="hint">
        {labels.paragraphsHint}
      </p>
      {input('title', 'text', true, { maxLength: 200 })}
      <fieldset className="field" aria-describedby={described('topics')} aria-invalid={Boolean(errorOf('topics'))}>
        <legend className="label">{labels.fields.topics}</legend>
        <div className="checkboxes">
          {labels.topics.map((topic, index) => (
            <label key={topic.value}>
              <input id={`practice-topics-${index}`} type="checkbox" name="topics" value={topic.value} defaultChecked={values.topics.includes(topic.value)} />
              {topic.label}
            </label>
          ))}
        </div>
        {fieldError('topics')}
      </fieldset>
      {textarea('summary', false, 600)}
      {textarea('content', true, 20000)}
      {textarea('results', false, 10000)}
      {textarea('costsAndFunding', false, 10000)}
      {input('year', 'number', false, { min: 1990, max: 2100, inputMode: 'numeric' })}
      <fieldset className="filters">
        <legend>{labels.fields.contactName}</legend>
        <p id="contact-hint" className="hint">
          {labels.contactHint}
        </p>
        {input('contactName', 'text', true, { maxLength: 120, autoComplete: 'name' })}
        {input('contactEmail', 'email', true, { maxLength: 200, autoComplete: 'email' })}
        {input('contactPhone', 'tel', false, { maxLength: 40, autoComplete: 'tel' })}
      </fieldset>
      <fieldset className="field" aria-describedby={described('audience')}>
        <legend className="label">{labels.fields.audience}</legend>
        <div className="checkboxes">
          <label>
            <input id="practice-audience-0" type="radio" name="audience" value="public" defaultChecked={values.audience !== 'members'} />
            {labels.audiencePublic}
          </label>
          <label>
            <input type="radio" name="audience" value="members" defaultChecked={values.audience === 'members'} />
            {labels.audienceMembers}
          </label>
        </div>
        {fieldError('audience')}
      </fieldset>
      <div className="field">
        <label htmlFor="practice-attachments">{labels.fields.attachments}</label>
        <input
          id="practice-attachments"
          name="attachments"
          type="file"
          multiple
          accept=".pdf,.docx,.xlsx,.pptx,application/pdf"
          aria-invalid={Boolean(errorOf('attachments'))}
          aria-describedby={described('attachments')}
        />
        {fieldError('attachments')}
      </div>
      <p className="actions">
        <button type="submit" className="button" disabled={pending}>
          {labels.send}
        </button>
      </p>
    </form>
  )
}
