import type { Metadata } from 'next'

import { readAssociationList } from '@/collections/Associations/queries'
import { MediaImage } from '@/components/site/MediaImage'
import { PageIntro } from '@/components/site/PageIntro'
import { localizedPath } from '@/domain/locale/locales'
import { sortByName } from '@/domain/site/collation'
import { paths } from '@/domain/site/paths'
import { messagesFor, plural } from '@/i18n/messages'
import type { Media } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }> }

const KIND_ORDER = ['national', 'regional', 'foundation', 'other'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.associations, title: t.associations.title, description: t.associations.intro })
}

export default async function AssociationsPage({ params }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const associations = await readAssociationList(await currentViewer(), locale)
  const sorted = sortByName(associations, locale, (association) => association.name).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.associations.title }]} title={t.associations.title} lead={t.associations.intro} />
      <ul className="cards">
        {sorted.map((association) => {
          const logo = populated<Media>(association.logo)
          return (
            <li key={association.id}>
              <article className="card">
                <div className="card-body">
                  {logo ? <MediaImage media={logo} size="thumbnail" sizes="6rem" decorative className="card-logo" /> : null}
                  <p className="eyebrow">{t.options.associationKind[association.kind]}</p>
                  <h2>
                    <a href={localizedPath(locale, paths.association(association.slug ?? ''))}>{association.name}</a>
                  </h2>
                  <p className="meta">
                    {association.shortName}
                    {association.memberCount ? ` · ${plural(locale, association.memberCount, t.municipalities.count)}` : ''}
                  </p>
                </div>
              </article>
            </li>
          )
        })}
      </ul>
    </>
  )
}
