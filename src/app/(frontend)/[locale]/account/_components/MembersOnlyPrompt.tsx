import type { MemberUser } from '@/access/roles'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'

/** What a visitor sees instead of members-only content: a log-in link, or the wait for approval. */
export function MembersOnlyPrompt({ locale, member, returnTo }: { locale: Locale; member: MemberUser | null; returnTo: string }) {
  const t = accountMessagesFor(locale)
  if (member) return <p className="notice">{t.membersOnly.pendingPrompt}</p>
  return (
    <p className="notice">
      <a href={`${localizedPath(locale, '/account/log-in')}?next=${encodeURIComponent(localizedPath(locale, returnTo))}`}>{t.membersOnly.loginPrompt}</a>
    </p>
  )
}
