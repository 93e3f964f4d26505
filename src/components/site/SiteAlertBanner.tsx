import type { Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import type { LayoutData } from '@/site/layoutData'

/** The site-wide alert, until it expires; critical alerts are announced to screen readers at once. */
export function SiteAlertBanner({ alert, locale, now }: { alert: LayoutData['alert']; locale: Locale; now: Date }) {
  if (!alert?.message) return null
  if (alert.expiresAt && Date.parse(alert.expiresAt) <= now.getTime()) return null
  const t = messagesFor(locale)
  const level = alert.level ?? 'info'
  return (
    <div className={`site-alert site-alert-${level}`} role={level === 'critical' ? 'alert' : 'status'}>
      <p>
        <strong>{t.alertLevel[level]}: </strong>
        {alert.message}
        {alert.linkUrl ? (
          <>
            {' '}
            <a href={alert.linkUrl}>{t.readMore}</a>
          </>
        ) : null}
      </p>
    </div>
  )
}
