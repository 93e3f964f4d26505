import type { ReactNode } from 'react'

import type { Locale } from '@/domain/locale/locales'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'

/** Breadcrumbs, the page's one h1 and its lead paragraph. */
export function PageIntro({ locale, trail, title, lead, children }: { locale: Locale; trail: Crumb[]; title: string; lead?: string | null; children?: ReactNode }) {
  return (
    <div className="page-intro">
      <Breadcrumbs locale={locale} trail={trail} />
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  )
}
