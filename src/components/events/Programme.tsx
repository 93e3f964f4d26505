import { formatPersonName } from '@/domain/people/personName'
import type { Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import type { Event, Person } from '@/payload-types'
import { populatedAll } from '@/site/relations'

/** The programme as a table (time, session, speakers), which prints well for the day of the event. */
export function Programme({ programme, locale, zoneNote }: { programme: Event['programme']; locale: Locale; zoneNote: string }) {
  if (!programme?.length) return null
  const t = messagesFor(locale)
  const hasRooms = programme.some((session) => session.room)
  return (
    <section className="programme" aria-labelledby="programme-heading">
      <h2 id="programme-heading">{t.events.programme}</h2>
      <p className="meta">{zoneNote}</p>
      <table>
        <caption className="visually-hidden">{t.events.programme}</caption>
        <thead>
          <tr>
            <th scope="col">{t.events.time}</th>
            <th scope="col">{t.events.session}</th>
            {hasRooms ? <th scope="col">{t.events.room}</th> : null}
          </tr>
        </thead>
        <tbody>
          {programme.map((session) => {
            const speakers = populatedAll<Person>(session.speakers)
            return (
              <tr key={session.id ?? `${session.startTime}-${session.title}`} className={`session session-${session.kind}`}>
                <td className="session-time">
                  {session.startTime}
                  {session.endTime ? `–${session.endTime}` : ''}
                </td>
                <td>
                  <p className="session-kind">{t.options.sessionKind[session.kind]}</p>
                  <p className="session-title">{session.title}</p>
                  {session.description ? <p>{session.description}</p> : null}
                  {speakers.length > 0 ? (
                    <p className="session-speakers">
                      <span className="visually-hidden">{t.events.speakers}: </span>
                      {speakers.map((speaker) => [speaker.displayName || formatPersonName(speaker), speaker.office].filter(Boolean).join(', ')).join('; ')}
                    </p>
                  ) : null}
                </td>
                {hasRooms ? <td>{session.room}</td> : null}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
