'use client'

import { useActionState, useEffect, useRef, type ReactNode } from 'react'

import type { Locale } from '@/domain/locale/locales'
import { APPLICANT_KINDS, COOPERATION_LANGUAGES } from '@/domain/partnerships/application'
import { COOPERATION_AREAS } from '@/domain/partnerships/cooperationAreas'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'

import { submitApplication } from './actions'
import { fieldId, type ApplicationFormValues } from './formState'

export type PartnerRegionChoice = { id: string; name: string; country: string }

type Props = {
  locale: Locale
  regionCode: string
  regionName: string
  partnerRegions: PartnerRegionChoice[]
  initialValues: ApplicationFormValues
  draftId?: string
  /** A member applies for their own municipality, and may save drafts. */
  memberMunicipality: string | null
}

/**
 * The public application form. It works without JavaScript (a server action); with it, errors
 * appear without a reload and focus moves to their summary. Nothing typed is lost on an error.
 */
export function ApplicationForm({ locale, regionCode, regionName, partnerRegions, initialValues, draftId, memberMunicipality }: Props) {
  const t = partnershipMessagesFor(locale)
  const [state, action, pending] = useActionState(submitApplication, { values: initialValues, errors: [] })
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.errors.length > 0 || state.submittedReference) summary.current?.focus()
  }, [state])

  if (state.submittedReference) {
    return (
      <div ref={summary} tabIndex={-1} className="notice" role="status">
        <p>{t.page.submitted(state.submittedReference)}</p>
      </div>
    )
  }

  const values = state.values
  const errorOf = (path: string) => state.errors.find((error) => error.field === path)?.message
  const describedBy = (path: string, hint?: boolean) =>
    [hint ? `${fieldId(path)}-hint` : '', errorOf(path) ? `${fieldId(path)}-error` : ''].filter(Boolean).join(' ') || undefined
  const error = (path: string) => {
    const message = errorOf(path)
    return message ? (
      <p id={`${fieldId(path)}-error`} className="field-error">
        {message}
      </p>
    ) : null
  }
  const requiredMark = (
    <>
      {' '}
      <span aria-hidden="true">*</span>
      <span className="visually-hidden"> ({t.page.required})</span>
    </>
  )
  const text = (path: string, name: keyof ApplicationFormValues, label: string, options: { type?: string; required?: boolean; autoComplete?: string } = {}) => (
    <div className="field">
      <label htmlFor={fieldId(path)}>
        {label}
        {options.required ? requiredMark : null}
      </label>
      {error(path)}
      <input
        id={fieldId(path)}
        name={name}
        type={options.type ?? 'text'}
        defaultValue={String(values[name] ?? '')}
        autoComplete={options.autoComplete}
        aria-required={options.required || undefined}
        aria-invalid={errorOf(path) ? true : undefined}
        aria-describedby={describedBy(path)}
      />
    </div>
  )
  const longText = (path: 'offer' | 'lookingFor' | 'motivation', required = false) => (
    <div className="field">
      <label htmlFor={fieldId(path)}>
        {t.fields[path]}
        {required ? requiredMark : null}
      </label>
      {error(path)}
      <textarea
        id={fieldId(path)}
        name={path}
        defaultValue={values[path]}
        maxLength={4000}
        aria-required={required || undefined}
        aria-invalid={errorOf(path) ? true : undefined}
        aria-describedby={describedBy(path)}
      />
    </div>
  )
  const choices = (path: string, name: 'desiredRegions' | 'cooperationAreas' | 'languages', legend: string, options: { value: string; label: ReactNode }[], required = false) => (
    <fieldset id={fieldId(path)} aria-invalid={errorOf(path) ? true : undefined} aria-describedby={describedBy(path)} tabIndex={-1}>
      <legend>
        {legend}
        {required ? requiredMark : null}
      </legend>
      {error(path)}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="checkbox" name={name} value={option.value} defaultChecked={values[name].includes(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  )

  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="region" value={regionCode} />
      {draftId ? <input type="hidden" name="draft" value={draftId} /> : null}

      {state.errors.length > 0 ? (
        <div ref={summary} tabIndex={-1} className="error-summary" role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t.page.errorSummary}</h2>
          <ul>
            {state.errors.map((each) => (
              <li key={`${each.field}-${each.message}`}>
                <a href={`#${fieldId(each.field)}`}>{each.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p>{t.page.applyIntro}</p>
      <p>
        <strong>{t.fields.homeRegion}:</strong> {regionName}
      </p>

      <fieldset>
        <legend>{t.page.applicantSection}</legend>
        <fieldset id={fieldId('applicantKind')} className="choices" tabIndex={-1}>
          <legend>
            {t.fields.applicantKind}
            {requiredMark}
          </legend>
          {error('applicantKind')}
          {APPLICANT_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="applicantKind" value={kind} defaultChecked={values.applicantKind === kind} />
              <span>{t.applicantKinds[kind]}</span>
            </label>
          ))}
        </fieldset>
        {text('applicantName', 'applicantName', t.fields.applicantName, { required: true, autoComplete: 'organization' })}
        {memberMunicipality ? (
          <p>
            <strong>{t.fields.municipality}:</strong> {memberMunicipality}
          </p>
        ) : (
          text('municipality', 'municipalityName', t.fields.municipality)
        )}
        <div className="field">
          <label htmlFor={fieldId('population')}>{t.fields.population}</label>
          {error('population')}
          <input
            id={fieldId('population')}
            name="population"
            type="text"
            inputMode="numeric"
            defaultValue={values.population}
            aria-invalid={errorOf('population') ? true : undefined}
            aria-describedby={describedBy('population')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t.page.contactSection}</legend>
        {text('contact.name', 'contactName', t.fields['contact.name'], { required: true, autoComplete: 'name' })}
        {text('contact.position', 'contactPosition', t.fields['contact.position'], { autoComplete: 'organization-title' })}
        {text('contact.email', 'contactEmail', t.fields['contact.email'], { type: 'email', required: true, autoComplete: 'email' })}
        {text('contact.phone', 'contactPhone', t.fields['contact.phone'], { type: 'tel', autoComplete: 'tel' })}
      </fieldset>

      <fieldset>
        <legend>{t.page.wishesSection}</legend>
        {choices(
          'desiredRegions',
          'desiredRegions',
          t.fields.desiredRegions,
          partnerRegions.map((region) => ({ value: region.id, label: `${region.name} (${t.countries[region.country] ?? region.country})` })),
          true,
        )}
        {choices('cooperationAreas', 'cooperationAreas', t.fields.cooperationAreas, COOPERATION_AREAS.map((area) => ({ value: area, label: t.areas[area] })), true)}
        {longText('lookingFor', true)}
        {choices('languages', 'languages', t.fields.languages, COOPERATION_LANGUAGES.map((language) => ({ value: language, label: t.languages[language] })))}
      </fieldset>

      <fieldset>
        <legend>{t.page.aboutSection}</legend>
        {longText('offer')}
        {longText('motivation')}
        <div className="field">
          <label htmlFor={fieldId('signedForm')}>{t.fields.signedForm}</label>
          {error('signedForm')}
          <input
            id={fieldId('signedForm')}
            name="signedForm"
            type="file"
            accept="application/pdf,.pdf"
            aria-invalid={errorOf('signedForm') ? true : undefined}
            aria-describedby={describedBy('signedForm')}
          />
        </div>
      </fieldset>

      <div className="field">
        {error('consent')}
        <label className="choice" htmlFor={fieldId('consent')}>
          <input
            id={fieldId('consent')}
            type="checkbox"
            name="consent"
            defaultChecked={values.consent}
            aria-invalid={errorOf('consent') ? true : undefined}
            aria-describedby={describedBy('consent')}
          />
          <span>
            {t.page.consentText}
            {requiredMark}
          </span>
        </label>
      </div>

      <div className="actions">
        <button type="submit" name="intent" value="submit" className="button" disabled={pending}>
          {t.page.submit}
        </button>
        {memberMunicipality !== null ? (
          <button type="submit" name="intent" value="draft" className="button button--secondary" disabled={pending}>
            {t.page.saveDraft}
          </button>
        ) : null}
      </div>
    </form>
  )
}
