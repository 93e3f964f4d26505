'use client'

import { useActionState, useId } from 'react'

import { idleForm, type FormAction } from '../_lib/formState'

export type FieldSpec = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'file' | 'select' | 'radio'
  autoComplete?: string
  required?: boolean
  help?: string
  defaultValue?: string
  options?: { value: string; label: string }[]
  accept?: string
}

type Props = {
  action: FormAction
  fields: FieldSpec[]
  submitLabel: string
  /** Values the form sends along unseen, e.g. the page's language or a token from the link. */
  hidden?: Record<string, string>
  /** Shown in place of the form once it has done its job. */
  keepFormWhenDone?: boolean
  errorSummaryTitle: string
}

/**
 * A portal form that works without JavaScript and, with it, keeps what was typed and shows each
 * error next to its field and in a summary announced to screen readers.
 */
export function AccountForm({ action, fields, submitLabel, hidden = {}, keepFormWhenDone = false, errorSummaryTitle }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm)
  const prefix = useId()
  const errors = state.errors ?? {}
  const value = (field: FieldSpec) => state.values?.[field.name] ?? field.defaultValue ?? ''

  if (state.status === 'done' && !keepFormWhenDone) {
    return (
      <p role="status" className="form-done">
        {state.message}
      </p>
    )
  }

  return (
    <form action={formAction} className="account-form" noValidate encType={fields.some((field) => field.type === 'file') ? 'multipart/form-data' : undefined}>
      {state.status === 'done' ? (
        <p role="status" className="form-done">
          {state.message}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <div role="alert" className="form-errors">
          <p>{state.message ?? errorSummaryTitle}</p>
          {Object.keys(errors).length > 0 ? (
            <ul>
              {fields
                .filter((field) => errors[field.name])
                .map((field) => (
                  <li key={field.name}>
                    <a href={`#${prefix}-${field.name}`}>{errors[field.name]}</a>
                  </li>
                ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {Object.entries(hidden).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      {fields.map((field) => {
        const id = `${prefix}-${field.name}`
        const error = errors[field.name]
        const describedBy = [field.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        const common = { id, name: field.name, required: field.required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }
        if (field.type === 'radio') {
          return (
            <fieldset key={field.name} className="field" aria-describedby={describedBy} id={id}>
              <legend>{field.label}</legend>
              {field.options?.map((option) => (
                <label key={option.value} className="choice">
                  <input type="radio" name={field.name} value={option.value} defaultChecked={value(field) === option.value} required={field.required} />
                  {option.label}
                </label>
              ))}
              {field.help ? <p id={`${id}-help`} className="help">{field.help}</p> : null}
              {error ? <p id={`${id}-error`} className="error">{error}</p> : null}
            </fieldset>
          )
        }
        return (
          <div key={field.name} className="field">
            <label htmlFor={id}>{field.label}</label>
            {field.type === 'select' ? (
              <select {...common} defaultValue={value(field)} key={value(field)}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : field.type === 'file' ? (
              <input {...common} type="file" accept={field.accept} />
            ) : (
              <input
                {...common}
                type={field.type ?? 'text'}
                autoComplete={field.autoComplete}
                // Passwords are never sent back into the page.
                defaultValue={field.type === 'password' ? undefined : value(field)}
                key={field.type === 'password' ? undefined : value(field)}
              />
            )}
            {field.help ? <p id={`${id}-help`} className="help">{field.help}</p> : null}
            {error ? <p id={`${id}-error`} className="error">{error}</p> : null}
          </div>
        )
      })}
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  )
}
