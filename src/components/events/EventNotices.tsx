import type { Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import type { Event } from '@/payload-types'

/** Notices such as a venue change, at the top of the event page where nobody misses them. */
export function EventNotices({ notices, locale }: { notices: Event['notices']; locale: Locale }) {
  if (!notices?.length) return null
  const t = messagesFor(locale)
  return (
    <section className="notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading" className="visually-hidden">
        {t.events.notices}
      </h2>
      {notices.map((notice) => (
        <div key={notice.id ?? notice.title} className={`notice notice-${notice.kind}`}>
          <p className="notice-kind">{t.options.noticeKind[notice.kind]}</p>
          <p className="notice-title">{notice.title}</p>
          {notice.body ? <p>{notice.body}</p> : null}
        </div>
      ))}
    </section>
  )
}
