import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readPageByPath } from '@/collections/Pages/queries'
import { heroIsTitle, PageBlocks } from '@/components/blocks/PageBlocks'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { isWithheldTeaser, MembersOnlyTeaser } from '@/components/site/MembersOnlyTeaser'
import { pagePath } from '@/domain/site/paths'
import type { Media } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; path: string[] }> }

const pathOf = (segments: string[]) => `/${segments.map((segment) => decodeURIComponent(segment)).join('/')}`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { path } = await params
  const page = await readPageByPath(await currentViewer(), locale, pathOf(path))
  if (!page) return {}
  const image = populated<Media>(page.meta?.image)
  return pageMetadata({
    locale,
    path: pagePath(page) ?? pathOf(path),
    title: page.meta?.title || page.title,
    description: page.meta?.description,
    image: image?.sizes?.hero?.url ? { url: image.sizes.hero.url, width: image.sizes.hero.width, height: image.sizes.hero.height, alt: image.alt } : null,
  })
}

/** A block page of the page tree, with breadcrumbs from its parents (nested-docs plugin). */
export default async function BlockPage({ params }: Props) {
  const locale = await localeOf(params)
  const { path } = await params
  const viewer = await currentViewer()
  const page = await readPageByPath(viewer, locale, pathOf(path))
  if (!page) notFound()
  const crumbs = (page.breadcrumbs ?? []).map((crumb, index, all) => ({
    label: crumb.label ?? '',
    path: index < all.length - 1 ? (crumb.url ?? undefined) : undefined,
  }))
  return (
    <article className="detail block-page">
      <Breadcrumbs locale={locale} trail={crumbs.length > 0 ? crumbs : [{ label: page.title }]} />
      {isWithheldTeaser(page, page.layout) ? (
        <>
          <h1>{page.title}</h1>
          <MembersOnlyTeaser locale={locale} viewer={viewer} returnTo={pathOf(path)} />
        </>
      ) : (
        <>
          {heroIsTitle(page.layout) ? null : <h1>{page.title}</h1>}
          <PageBlocks blocks={page.layout} locale={locale} title={page.title} />
        </>
      )}
    </article>
  )
}
