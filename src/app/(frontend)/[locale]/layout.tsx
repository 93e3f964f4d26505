import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { LivePreviewRefresh } from '@/components/preview/LivePreviewRefresh'
import { SiteAlertBanner } from '@/components/site/SiteAlertBanner'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { isLocale, localizedPath, splitLocale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import { PUBLIC_PATH_HEADER } from '@/proxy'
import { readLayout } from '@/site/layoutData'
import { siteUrl } from '@/site/metadata'
import { currentViewer } from '@/site/viewer'

import '../styles.css'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${t.siteName} – ${t.tagline}`, template: `%s · ${t.siteName}` },
    description: t.tagline,
  }
}

export default async function FrontendLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const [viewer, requestHeaders] = await Promise.all([currentViewer(), headers()])
  const layout = await readLayout(viewer, locale)
  const path = splitLocale(requestHeaders.get(PUBLIC_PATH_HEADER) ?? localizedPath(locale, '/')).path
  const siteName = layout.siteName ?? t.siteName
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#content">
          {t.skipToContent}
        </a>
        <SiteAlertBanner alert={layout.alert} locale={locale} now={new Date()} />
        <SiteHeader
          locale={locale}
          path={path}
          siteName={siteName}
          tagline={layout.tagline ?? t.tagline}
          links={layout.mainLinks}
          signedInMember={viewer.user?.collection === 'members'}
        />
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} layout={layout} siteName={siteName} />
        {viewer.draft ? <LivePreviewRefresh serverURL={siteUrl()} /> : null}
      </body>
    </html>
  )
}
