import { localizedPath, type Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import type { Document, Media, Page, Person } from '@/payload-types'
import { populated, populatedAll } from '@/site/relations'

import { DocumentLinks } from '../site/DocumentLinks'
import { MediaImage } from '../site/MediaImage'
import { PersonCard } from '../site/PersonCard'
import { RichTextContent } from '../site/RichTextContent'

type Block = Page['layout'][number]

const linkHref = (locale: Locale, url: string) => (url.startsWith('/') ? localizedPath(locale, url) : url)

/**
 * The blocks of a page, in order. The page title is the h1 above them, so a hero's heading
 * continues the outline as h2 unless the hero is the first block and stands for the title.
 */
export function PageBlocks({ blocks, locale, title }: { blocks: Page['layout']; locale: Locale; title: string }) {
  const t = messagesFor(locale)
  return (
    <>
      {blocks.map((block: Block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        switch (block.blockType) {
          case 'hero': {
            const image = populated<Media>(block.image)
            const isTitle = index === 0
            return (
              <section key={key} className="block-hero">
                {isTitle ? <h1>{block.heading || title}</h1> : <h2>{block.heading}</h2>}
                {block.lead ? <p className="lead">{block.lead}</p> : null}
                {image ? <MediaImage media={image} size="hero" sizes="(min-width: 70rem) 68rem, 100vw" priority={isTitle} className="cover" /> : null}
              </section>
            )
          }
          case 'richText':
            return <RichTextContent key={key} data={block.content} locale={locale} />
          case 'cards':
            return (
              <section key={key} className="block-cards">
                {block.heading ? <h2>{block.heading}</h2> : null}
                <ul className="cards">
                  {(block.cards ?? []).map((card) => {
                    const image = populated<Media>(card.image)
                    return (
                      <li key={card.id ?? card.title}>
                        <article className="card">
                          {image ? <MediaImage media={image} size="card" sizes="(min-width: 60rem) 22rem, 100vw" decorative className="card-image" /> : null}
                          <div className="card-body">
                            <h3>{card.linkUrl && !card.linkLabel ? <a href={linkHref(locale, card.linkUrl)}>{card.title}</a> : card.title}</h3>
                            {card.text ? <p>{card.text}</p> : null}
                            {card.linkUrl && card.linkLabel ? <a href={linkHref(locale, card.linkUrl)}>{card.linkLabel}</a> : null}
                          </div>
                        </article>
                      </li>
                    )
                  })}
                </ul>
              </section>
            )
          case 'downloads': {
            const documents = populatedAll<Document>(block.documents)
            return documents.length > 0 ? (
              <section key={key} className="block-downloads">
                <h2>{block.heading || t.pages.downloads}</h2>
                <DocumentLinks documents={documents} locale={locale} />
              </section>
            ) : null
          }
          case 'contacts':
            return (
              <section key={key} className="block-contacts">
                <h2>{block.heading || t.pages.contacts}</h2>
                <ul className="people">
                  {populatedAll<Person>(block.people).map((person) => (
                    <li key={person.id}>
                      <PersonCard person={person} locale={locale} />
                    </li>
                  ))}
                </ul>
              </section>
            )
          case 'callToAction':
            return (
              <section key={key} className={`block-cta block-cta-${block.style ?? 'primary'}`}>
                <h2>{block.heading}</h2>
                {block.text ? <p>{block.text}</p> : null}
                {block.linkUrl ? (
                  <a className="button" href={linkHref(locale, block.linkUrl)}>
                    {block.linkLabel || block.heading}
                  </a>
                ) : null}
              </section>
            )
        }
      })}
    </>
  )
}

/** Whether the first block is a hero that renders the page's h1 itself. */
export const heroIsTitle = (blocks: Page['layout']): boolean => blocks[0]?.blockType === 'hero'
