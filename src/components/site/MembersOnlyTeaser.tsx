import { memberOf } from '@/access/roles'
import { MembersOnlyPrompt } from '@/app/(frontend)/[locale]/account/_components/MembersOnlyPrompt'
import type { Locale } from '@/domain/locale/locales'
import type { Viewer } from '@/site/viewer'

/**
 * Stands in for the body of a members-only document that access control withheld from the viewer
 * (see membersOnlyField): visitors get the teaser and a log-in link, members awaiting approval
 * are told why. The same for every anonymous visitor, so the page may still be cached.
 */
export function MembersOnlyTeaser({ locale, viewer, returnTo }: { locale: Locale; viewer: Viewer; returnTo: string }) {
  return <MembersOnlyPrompt locale={locale} member={memberOf({ user: viewer.user })} returnTo={returnTo} />
}

/** Whether access withheld a members-only document's body from this viewer. */
export const isWithheldTeaser = (doc: { audience?: string | null }, body: unknown): boolean => doc.audience === 'members' && (body === undefined || body === null)
