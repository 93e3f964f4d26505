import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { isLocale, LOCALES, localizedPath } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { messagesFor } from '@/i18n/messages'

import '../styles.css'

export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }))

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return {
    title: { default: `${t.siteName} – ${t.tagline}`, template: `%s · ${t.siteName}` },
    description: t.tagline,
    alternates: { languages: Object.fromEntries(LOCALES.map((alternate) => [alternate, localizedPath(alternate, '/')])) },
  }
}

export default async function FrontendLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#content">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <a className="brand" href={localizedPath(locale, '/')}>
            <span className="brand-name">{t.siteName}</span>
            <span className="brand-tagline">{t.tagline}</span>
          </a>
          <LanguageSwitcher current={locale} label={t.language} />
        </header>
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <a href={localizedPath(locale, '/account')}>{accountMessagesFor(locale).membersArea}</a>
          <a href="/admin">{t.adminLink}</a>
        </footer>
      </body>
    </html>
  )
}
