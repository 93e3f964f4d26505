'use client'

import { useActionState, type ReactNode } from 'react'

import type { Locale } from '@/domain/locale/locales'
import { LIMITS, POSITIONS, type FormField } from '@/domain/registration/input'
import { registrationMessagesFor } from '@/i18n/registrationMessages'

import { submitRegistration } from './actions'
import type { RegistrationFormState } from './formState'
import { MunicipalityInput } from './MunicipalityInput'

export type RegistrationFormProps = {
  locale: Locale
  target: { eventId: string } | { seminarId: string; termId: string }
  consentText: string
  consentVersion: string
  proxyAllowed: boolean
  joinsWaitlist: boolean
  prefill: Record<string, string>
}

/**
 * The registration form. A plain HTML form posting to a server action: it works without
 * JavaScript (the page comes back with the errors and the input), and with JavaScript it submits
 * without a reload and offers municipalities as you type. Every error is shown beside its field
 * and listed, linked, at the top.
 */
export function RegistrationForm({ locale, target, consentText, consentVersion, proxyAllowed, joinsWaitlist, prefill }: RegistrationFormProps) {
  const t = registrationMessagesFor(locale)
  const [state, action, pending] = useActionState<RegistrationFormState, FormData>(submitRegistration, { values: prefill, message: '', fieldErrors: {} })
  const value = (name: string) => state.values[name] ?? ''
  const errors = Object.entries(state.fieldErrors) as Array<[FormField, string]>

  const field = (name: FormField, control: (describedBy: string | undefined) => ReactNode, hint?: string) => {
    const error = state.fieldErrors[name]
    const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined
    return (
      <div className={error ? 'form-field has-error' : 'form-field'}>
        {control(describedBy)}
        {hint ? (
          <p id={`${name}-hint`} className="field-hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${name}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    )
  }
  const label = (name: FormField, required = false) => (
    <label htmlFor={name}>
      {t.fields[name]}
      {required ? <span className="required"> ({t.hints.required})</span> : null}
    </label>
  )

  return (
    <form action={action} className="registration-form" noValidate>
      {state.message ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{state.message}</p>
          {errors.length > 0 ? (
            <ul>
              {errors.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${name}`}>{message}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <input type="hidden" name="locale" value={locale} />
      {'eventId' in target ? (
        <input type="hidden" name="eventId" value={target.eventId} />
      ) : (
        <>
          <input type="hidden" name="seminarId" value={target.seminarId} />
          <input type="hidden" name="termId" value={target.termId} />
        </>
      )}

      {field('name', (describedBy) => (
        <>
          {label('name', true)}
          <input id="name" name="name" autoComplete="name" maxLength={LIMITS.name} defaultValue={value('name')} aria-invalid={Boolean(state.fieldErrors.name)} aria-describedby={describedBy} />
        </>
      ))}
      {field('email', (describedBy) => (
        <>
          {label('email', true)}
          <input id="email" name="email" type="email" autoComplete="email" maxLength={LIMITS.email} defaultValue={value('email')} aria-invalid={Boolean(state.fieldErrors.email)} aria-describedby={describedBy} />
        </>
      ))}
      {field('phone', (describedBy) => (
        <>
          {label('phone')}
          <input id="phone" name="phone" type="tel" autoComplete="tel" maxLength={LIMITS.phone} defaultValue={value('phone')} aria-invalid={Boolean(state.fieldErrors.phone)} aria-describedby={describedBy} />
        </>
      ))}
      {field(
        'municipality',
        (describedBy) => (
          <>
            {label('municipality')}
            <MunicipalityInput id="municipality" name="municipality" defaultValue={value('municipality')} invalid={Boolean(state.fieldErrors.municipality)} describedBy={describedBy} />
          </>
        ),
        t.hints.municipality,
      )}
      {field(
        'organisation',
        (describedBy) => (
          <>
            {label('organisation')}
            <input
              id="organisation"
              name="organisation"
              autoComplete="organization"
              maxLength={LIMITS.organisation}
              defaultValue={value('organisation')}
              aria-invalid={Boolean(state.fieldErrors.organisation)}
              aria-describedby={describedBy}
            />
          </>
        ),
        t.hints.organisation,
      )}
      {field('position', (describedBy) => (
        <>
          {label('position')}
          <select id="position" name="position" defaultValue={value('position')} aria-invalid={Boolean(state.fieldErrors.position)} aria-describedby={describedBy}>
            <option value="">—</option>
            {POSITIONS.map((position) => (
              <option key={position} value={position}>
                {t.positions[position]}
              </option>
            ))}
          </select>
        </>
      ))}
      {field(
        'needs',
        (describedBy) => (
          <>
            {label('needs')}
            <textarea id="needs" name="needs" rows={3} maxLength={LIMITS.needs} defaultValue={value('needs')} aria-invalid={Boolean(state.fieldErrors.needs)} aria-describedby={describedBy} />
          </>
        ),
        t.hints.needs,
      )}

      {proxyAllowed ? (
        <fieldset className="proxy">
          <legend>{t.form.proxyLegend}</legend>
          <div className="form-field checkbox">
            <input id="proxy" name="proxy" type="checkbox" defaultChecked={value('proxy') === 'on'} />
            <label htmlFor="proxy">{t.form.proxyToggle}</label>
          </div>
          {field('representsMunicipality', (describedBy) => (
            <>
              {label('representsMunicipality')}
              <MunicipalityInput
                id="representsMunicipality"
                name="representsMunicipality"
                defaultValue={value('representsMunicipality')}
                invalid={Boolean(state.fieldErrors.representsMunicipality)}
                describedBy={describedBy}
              />
            </>
          ))}
          {field(
            'authorisation',
            (describedBy) => (
              <>
                {label('authorisation')}
                <input id="authorisation" name="authorisation" type="file" accept="application/pdf,image/jpeg,image/png" aria-invalid={Boolean(state.fieldErrors.authorisation)} aria-describedby={describedBy} />
              </>
            ),
            t.hints.authorisation,
          )}
        </fieldset>
      ) : null}

      {field('consent', (describedBy) => (
        <fieldset className="consent" aria-describedby={describedBy}>
          <legend>{t.fields.consent}</legend>
          <p id="consent-text" className="consent-text">
            {consentText}
          </p>
          <input type="hidden" name="consentVersion" value={consentVersion} />
          <div className="checkbox">
            <input id="consent" name="consent" type="checkbox" required aria-invalid={Boolean(state.fieldErrors.consent)} aria-describedby="consent-text" />
            <label htmlFor="consent">{t.fields.consent}</label>
          </div>
        </fieldset>
      ))}

      <button type="submit" disabled={pending}>
        {joinsWaitlist ? t.form.joinWaitlist : t.form.submit}
      </button>
    </form>
  )
}
