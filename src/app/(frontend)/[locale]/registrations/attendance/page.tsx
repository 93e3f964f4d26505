import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { attendeesOf, mayManageRegistrationsOf } from '@/collections/Registrations/editors'
import { loadTarget, venueText } from '@/collections/Registrations/targets'
import { PrintButton } from '@/components/registration/PrintButton'
import { formatEventDate } from '@/domain/events/formatEventDate'
import { isLocale } from '@/domain/locale/locales'
import { sortAttendees } from '@/domain/registration/attendees'
import { parseTargetKey } from '@/domain/registration/keys'
import { holdsSeat } from '@/domain/registration/seats'
import { registrationMessagesFor } from '@/i18n/registrationMessages'
import { payloadClient } from '@/lib/payload'

import '@/components/registration/registration.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false } }

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ target?: string }> }

/** The printable attendance list of an event or seminar term, for the organiser's staff (signed in to the admin). */
export default async function AttendanceListPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = registrationMessagesFor(locale)
  const ref = parseTargetKey((await searchParams).target ?? '')
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const target = ref ? await loadTarget(payload, ref, { locale }) : null
  if (!target) notFound()
  if (!mayManageRegistrationsOf(user, target)) {
    return (
      <article>
        <h1>{t.attendance.title}</h1>
        <p className="notice-box">{t.attendance.staffOnly}</p>
      </article>
    )
  }
  const attendees = sortAttendees((await attendeesOf(payload, target, user)).filter((attendee) => holdsSeat(attendee.status)))
  return (
    <article>
      <h1>
        {t.attendance.title}: {target.title}
      </h1>
      <p>
        {formatEventDate(target.startsAt, target.timeZone, locale)}
        {target.venue ? ` · ${venueText(target.venue)}` : ''}
      </p>
      <p>{t.attendance.total(attendees.length)}</p>
      <PrintButton label={t.attendance.print} />
      <table className="attendance-list">
        <thead>
          <tr>
            <th scope="col">{t.attendance.number}</th>
            <th scope="col">{t.fields.name}</th>
            <th scope="col">
              {t.fields.municipality} / {t.fields.organisation}
            </th>
            <th scope="col">{t.fields.position}</th>
            <th scope="col">{t.attendance.signature}</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((attendee, index) => (
            <tr key={`${attendee.email}-${index}`}>
              <td>{index + 1}</td>
              <td>{attendee.name}</td>
              <td>{attendee.municipality ?? attendee.organisation ?? ''}</td>
              <td>{attendee.position ? t.positions[attendee.position] : ''}</td>
              <td className="signature" />
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}
