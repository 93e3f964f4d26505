import type { Metadata } from 'next'

import { readAccessibilityStatement } from '@/collections/Pages/queries'
import { PageBlocks } from '@/components/blocks/PageBlocks'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { PageIntro } from '@/components/site/PageIntro'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import { readLayout } from '@/site/layoutData'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.accessibility, title: t.accessibility.title })
}

/**
 * The accessibility statement (Act 99/2019, Directive 2016/2102). The page an editor chose in
 * the site settings when there is one; otherwise the portal's own statement in every language.
 */
export default async function AccessibilityPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const viewer = await currentViewer()
  const [statement, layout] = await Promise.all([readAccessibilityStatement(viewer, locale), readLayout(viewer, locale)])
  if (statement) {
    const heroFirst = statement.layout[0]?.blockType === 'hero'
    return (
      <article className="detail block-page">
        <Breadcrumbs locale={locale} trail={[{ label: statement.title }]} />
        {heroFirst ? null : <h1>{statement.title}</h1>}
        <PageBlocks blocks={statement.layout} locale={locale} title={statement.title} />
      </article>
    )
  }
  const a = t.accessibility
  const email = layout.contact?.email
  return (
    <article className="detail prose">
      <PageIntro locale={locale} trail={[{ label: a.title }]} title={a.title} lead={a.intro} />
      <p>{a.scope}</p>
      <h2>{a.statusHeading}</h2>
      <p>{a.status}</p>
      <h2>{a.limitsHeading}</h2>
      <p>{a.limits}</p>
      <h2>{a.feedbackHeading}</h2>
      <p>
        {a.feedback}
        {email ? (
          <>
            {' '}
            <a href={`mailto:${email}`}>{email}</a>
          </>
        ) : null}
      </p>
      <h2>{a.enforcementHeading}</h2>
      <p>{a.enforcement}</p>
      <h2>{a.preparedHeading}</h2>
      <p>{a.prepared}</p>
    </article>
  )
}
