import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { documentsWaitingForReview } from '@/collections/editorial/reviewQueue'

type Props = { payload: Payload; user?: TypedUser | null; i18n: I18nClient }

const texts = {
  cs: { heading: 'Čeká na posouzení', empty: 'Nic nečeká na posouzení.', since: 'odesláno' },
  en: { heading: 'Waiting for review', empty: 'Nothing is waiting for review.', since: 'submitted' },
}

/** On the admin dashboard: what waits for a manager's review, with links to the documents. */
export async function ReviewQueue({ payload, user, i18n }: Props) {
  if (!user || user.collection !== 'users') return null
  const language = i18n.language === 'cs' ? 'cs' : 'en'
  const t = texts[language]
  const waiting = await documentsWaitingForReview(payload, user, language)
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Prague' })
  const adminRoute = payload.config.routes.admin

  return (
    <section aria-labelledby="review-queue-heading" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="review-queue-heading">{t.heading}</h2>
      {waiting.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul>
          {waiting.map((item) => {
            const label = payload.collections[item.collection].config.labels.singular
            const kind = typeof label === 'object' && label !== null ? String((label as Record<string, string>)[language]) : String(label)
            return (
              <li key={`${item.collection}-${item.id}`}>
                <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a> ({kind}
                {item.submittedAt ? `, ${t.since} ${format.format(new Date(item.submittedAt))}` : ''})
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
