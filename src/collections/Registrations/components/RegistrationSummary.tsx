'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { targetKey } from '@/domain/registration/keys'

import type { RegistrationSummary as Summary } from '../editors'

type Row = { key: string; label: string; summary: Summary | null }

const texts = {
  cs: {
    heading: 'Registrace',
    unsaved: 'Počty a exporty budou k dispozici po uložení.',
    term: 'Termín',
    confirmed: 'Potvrzeno',
    attended: 'Zúčastnilo se',
    waitlisted: 'Náhradníci',
    cancelled: 'Zrušeno',
    remaining: 'Volná místa',
    unlimited: 'bez omezení',
    list: 'Seznam a změny stavu',
    attendance: 'Prezenční listina',
  },
  en: {
    heading: 'Registrations',
    unsaved: 'Counts and exports are available once the document is saved.',
    term: 'Term',
    confirmed: 'Confirmed',
    attended: 'Attended',
    waitlisted: 'Waitlisted',
    cancelled: 'Cancelled',
    remaining: 'Seats left',
    unlimited: 'unlimited',
    list: 'List and status changes',
    attendance: 'Attendance list',
  },
}

/**
 * Counts (confirmed, attended, waitlisted, cancelled, seats left) of an event or of each term of a
 * seminar, with links to the registrations list, the CSV and XLSX exports and the printable
 * attendance list. Shown in the registration tab of events and seminars.
 */
export function RegistrationSummary() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language === 'cs' ? 'cs' : 'en'
  const t = texts[language]
  const [rows, setRows] = useState<Row[]>([])

  useEffect(() => {
    if (!id) return
    const load = async () => {
      const targets: Array<{ key: string; label: string }> = []
      if (collectionSlug === 'seminars') {
        const seminar = (await (await fetch(`/api/seminars/${id}?depth=0`, { credentials: 'include' })).json()) as { terms?: Array<{ id: string; startsAt: string }> }
        for (const term of seminar.terms ?? []) {
          targets.push({ key: targetKey({ kind: 'seminar', seminarId: id, termId: term.id }), label: new Date(term.startsAt).toLocaleString(language === 'cs' ? 'cs-CZ' : 'en-GB') })
        }
      } else {
        targets.push({ key: targetKey({ kind: 'event', eventId: id }), label: '' })
      }
      setRows(
        await Promise.all(
          targets.map(async (target) => {
            const response = await fetch(`/api/registrations/summary?target=${encodeURIComponent(target.key)}`, { credentials: 'include' })
            return { ...target, summary: response.ok ? ((await response.json()) as Summary) : null }
          }),
        ),
      )
    }
    void load()
  }, [id, collectionSlug, language])

  if (!id) return <p>{t.unsaved}</p>
  const frontend = language === 'cs' ? '' : '/en'
  return (
    <div className="registration-summary" style={{ marginBottom: '2rem' }}>
      <h3>{t.heading}</h3>
      {rows.map(({ key, label, summary }) => (
        <section key={key} style={{ marginBottom: '1rem' }}>
          {label ? (
            <h4>
              {t.term}: {label}
            </h4>
          ) : null}
          {summary ? (
            <dl style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '0.25rem 1rem' }}>
              <dt>{t.confirmed}</dt>
              <dd>{summary.confirmed}</dd>
              <dt>{t.attended}</dt>
              <dd>{summary.attended}</dd>
              <dt>{t.waitlisted}</dt>
              <dd>{summary.waitlisted}</dd>
              <dt>{t.cancelled}</dt>
              <dd>{summary.cancelled}</dd>
              <dt>{t.remaining}</dt>
              <dd>{summary.remaining ?? t.unlimited}</dd>
            </dl>
          ) : null}
          <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
            <a href={`/admin/collections/registrations?where[targetKey][equals]=${encodeURIComponent(key)}`}>{t.list}</a>
            <a href={`/api/registrations/export?target=${encodeURIComponent(key)}&format=csv&lang=${language}`}>CSV</a>
            <a href={`/api/registrations/export?target=${encodeURIComponent(key)}&format=xlsx&lang=${language}`}>XLSX</a>
            <a href={`${frontend}/registrations/attendance?target=${encodeURIComponent(key)}`} target="_blank" rel="noreferrer">
              {t.attendance}
            </a>
          </p>
        </section>
      ))}
    </div>
  )
}
