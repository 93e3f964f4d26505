import { sameId } from '@/access/ids'
import { LAYOUT_TAGS } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { pagePath } from '@/domain/site/paths'
import type { Navigation, Page, SiteAlert, SiteSetting } from '@/payload-types'

import { publicRead } from './read'
import { populated } from './relations'

export type NavigationLink = { label: string; href: string }

export type LayoutData = {
  siteName: string | null
  tagline: string | null
  contact: SiteSetting['contact'] | null
  mainLinks: NavigationLink[]
  footerLinks: NavigationLink[]
  alert: Pick<SiteAlert, 'level' | 'message' | 'linkUrl' | 'expiresAt'> | null
}

/**
 * Menu links of the navigation global. A link to the accessibility statement page is left out:
 * the footer always links the statement at /accessibility, which shows that page.
 */
const links = (items: Navigation['main'], statement: SiteSetting['accessibilityStatement']): NavigationLink[] =>
  (items ?? []).flatMap((item) => {
    if (item.page !== null && item.page !== undefined && statement !== null && statement !== undefined && sameId(item.page, statement)) return []
    const page = populated<Page>(item.page)
    const href = page ? pagePath(page) : item.url
    return href ? [{ label: item.label, href }] : []
  })

/** What every page shows around its content, read once per locale and cached until an admin changes it. */
export const readLayout = publicRead('layout', LAYOUT_TAGS, async (payload, as, locale: Locale): Promise<LayoutData> => {
  const [settings, navigation, alert] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale, depth: 0, ...as }),
    payload.findGlobal({ slug: 'navigation', locale, depth: 1, ...as }),
    payload.findGlobal({ slug: 'site-alert', locale, depth: 0, ...as }),
  ])
  return {
    siteName: settings.siteName || null,
    tagline: settings.tagline || null,
    contact: settings.contact ?? null,
    mainLinks: links(navigation.main, settings.accessibilityStatement),
    footerLinks: links(navigation.footer, settings.accessibilityStatement),
    alert: alert.enabled && alert.message ? { level: alert.level, message: alert.message, linkUrl: alert.linkUrl, expiresAt: alert.expiresAt } : null,
  }
})
