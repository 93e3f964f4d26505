'use client'

import { useActionState, useEffect, useRef, type ReactNode } from 'react'

import type { Locale } from '@/domain/locale/locales'
import type { Question } from '@/domain/forms/questions'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'

import { submitAnswers } from './actions'

const idOf = (name: string) => `question-${name}`

/** The questions of a form; works without JavaScript, keeps the answers on an error and names every problem. */
export function QuestionnaireForm({ formId, locale, questions, submitLabel, confirmation }: { formId: string; locale: Locale; questions: Question[]; submitLabel: string; confirmation: ReactNode }) {
  const t = partnershipMessagesFor(locale).forms
  const [state, action, pending] = useActionState(submitAnswers, { values: {}, errors: [] })
  const focusTarget = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.done || state.refusal || state.errors.length > 0) focusTarget.current?.focus()
  }, [state])

  if (state.done) {
    return (
      <div ref={focusTarget} tabIndex={-1} className="notice" role="status">
        {confirmation ?? <p>{t.thanks}</p>}
      </div>
    )
  }
  const errorOf = (name: string) => state.errors.find((error) => error.field === name)?.message
  const valueOf = (name: string) => state.values[name]
  const mark = (required: boolean) =>
    required ? (
      <>
        {' '}
        <span aria-hidden="true">*</span>
        <span className="visually-hidden"> ({t.required})</span>
      </>
    ) : null
  const errorLine = (name: string) =>
    errorOf(name) ? (
      <p id={`${idOf(name)}-error`} className="field-error">
        {errorOf(name)}
      </p>
    ) : null
  const aria = (name: string) => ({ 'aria-invalid': errorOf(name) ? true : undefined, 'aria-describedby': errorOf(name) ? `${idOf(name)}-error` : undefined })

  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="form" value={formId} />
      <input type="hidden" name="locale" value={locale} />
      {state.refusal || state.errors.length > 0 ? (
        <div ref={focusTarget} tabIndex={-1} className="error-summary" role="alert">
          {state.refusal ? (
            <p>{state.refusal}</p>
          ) : (
            <>
              <h2>{t.errorSummary}</h2>
              <ul>
                {state.errors.map((error) => (
                  <li key={error.field}>
                    <a href={`#${idOf(error.field)}`}>{error.message}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
      {questions.map((question) => {
        switch (question.kind) {
          case 'single-choice':
          case 'multiple-choice':
          case 'scale': {
            const options =
              question.kind === 'scale'
                ? Array.from({ length: question.max - question.min + 1 }, (_, index) => {
                    const point = question.min + index
                    const words = point === question.min ? question.minLabel : point === question.max ? question.maxLabel : undefined
                    return { value: String(point), label: words ? `${point} – ${words}` : String(point) }
                  })
                : question.options
            const multiple = question.kind === 'multiple-choice'
            const chosen = valueOf(question.name)
            if (question.kind === 'single-choice' && question.display === 'select') {
              return (
                <div className="field" key={question.name}>
                  <label htmlFor={idOf(question.name)}>
                    {question.label}
                    {mark(question.required)}
                  </label>
                  {errorLine(question.name)}
                  <select id={idOf(question.name)} name={question.name} defaultValue={typeof chosen === 'string' ? chosen : ''} {...aria(question.name)}>
                    <option value="" />
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </div>
              )
            }
            return (
              <fieldset key={question.name} id={idOf(question.name)} tabIndex={-1} className={question.kind === 'scale' ? 'scale' : undefined} {...aria(question.name)}>
                <legend>
                  {question.label}
                  {mark(question.required)}
                  {question.kind === 'scale' ? <span className="visually-hidden"> ({t.scaleFrom(question.min, question.max)})</span> : null}
                </legend>
                {errorLine(question.name)}
                {options.map((option) => (
                  <label key={option.value} className="choice">
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      name={question.name}
                      value={option.value}
                      defaultChecked={Array.isArray(chosen) ? chosen.includes(option.value) : chosen === option.value}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </fieldset>
            )
          }
          case 'checkbox':
            return (
              <div className="field" key={question.name}>
                {errorLine(question.name)}
                <label className="choice" htmlFor={idOf(question.name)}>
                  <input id={idOf(question.name)} type="checkbox" name={question.name} defaultChecked={valueOf(question.name) === 'on'} {...aria(question.name)} />
                  <span>
                    {question.label}
                    {mark(question.required)}
                  </span>
                </label>
              </div>
            )
          default:
            return (
              <div className="field" key={question.name}>
                <label htmlFor={idOf(question.name)}>
                  {question.label}
                  {mark(question.required)}
                </label>
                {errorLine(question.name)}
                {question.kind === 'textarea' ? (
                  <textarea id={idOf(question.name)} name={question.name} defaultValue={String(valueOf(question.name) ?? '')} maxLength={4000} {...aria(question.name)} />
                ) : (
                  <input
                    id={idOf(question.name)}
                    name={question.name}
                    type={question.kind === 'email' ? 'email' : 'text'}
                    inputMode={question.kind === 'number' ? 'decimal' : undefined}
                    defaultValue={String(valueOf(question.name) ?? '')}
                    {...aria(question.name)}
                  />
                )}
              </div>
            )
        }
      })}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel || t.submit}
        </button>
      </div>
    </form>
  )
}
