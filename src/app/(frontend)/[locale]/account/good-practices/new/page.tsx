import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { idOf } from '@/access/ids'
import { GoodPracticeForm } from '@/components/goodPractices/GoodPracticeForm'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { registerMessagesFor } from '@/i18n/registerMessages'
import { payloadClient } from '@/lib/payload'
import { approvedMemberOf, currentViewer } from '@/site/viewer'

import '../../../../register.css'
import { formLabels } from '../formLabels'

// Personal: the form belongs to the logged-in member.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: registerMessagesFor(locale).submission.title, robots: { index: false } } : {}
}

export default async function NewGoodPracticePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = registerMessagesFor(locale)
  const payload = await payloadClient()
  const viewer = approvedMemberOf(await currentViewer())
  if (!viewer) {
    return (
      <article>
        <h1>{t.submission.title}</h1>
        <p className="notice">{t.submission.loginRequired}</p>
      </article>
    )
  }
  const municipality = await payload.findByID({
    collection: 'municipalities',
    id: idOf(viewer.municipality) as number,
    select: { name: true },
    depth: 0,
    overrideAccess: false,
    user: viewer,
  })
  return (
    <article>
      <h1>{t.submission.title}</h1>
      <p>{t.submission.intro(municipality.name)}</p>
      <GoodPracticeForm
        locale={locale}
        practice={null}
        labels={formLabels(t)}
        initial={{
          title: '',
          topics: [],
          summary: '',
          content: '',
          results: '',
          costsAndFunding: '',
          year: String(new Date().getFullYear()),
          contactName: `${viewer.firstName} ${viewer.lastName}`,
          contactEmail: viewer.email,
          contactPhone: viewer.phone ?? '',
          audience: 'public',
        }}
        afterSave={
          <p>
            <a href={localizedPath(locale, '/good-practices')}>{t.practice.backToLibrary}</a>
          </p>
        }
      />
    </article>
  )
}
