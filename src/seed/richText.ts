import type { News } from '@/payload-types'

/**
 * A few Lexical nodes, built by hand, for the seed's rich text: headings, paragraphs, bullet and
 * numbered lists, bold text and links. The shapes are the JSON the default `lexicalEditor()`
 * features of payload.config.ts read and write.
 */
export type RichText = News['content']

type TextNode = { type: 'text'; version: 1; text: string; format: number; style: ''; mode: 'normal'; detail: 0 }
type LinkNode = {
  type: 'link'
  version: 3
  fields: { url: string; newTab: boolean; linkType: 'custom' }
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
}
type Inline = string | TextNode | LinkNode
type BlockNode = RichText['root']['children'][number]

const BOLD = 1

const textNode = (text: string, format = 0): TextNode => ({ type: 'text', version: 1, text, format, style: '', mode: 'normal', detail: 0 })

const inline = (parts: readonly Inline[]) => parts.map((part) => (typeof part === 'string' ? textNode(part) : part))

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

export const bold = (text: string): TextNode => textNode(text, BOLD)

/** A web address or `mailto:` link; the text defaults to the address without its scheme. */
export const link = (url: string, text = url.replace(/^mailto:|^https?:\/\//, '')): LinkNode => ({
  type: 'link',
  version: 3,
  fields: { url, newTab: false, linkType: 'custom' },
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
})

export const email = (address: string): LinkNode => link(`mailto:${address}`, address)

export const p = (...parts: Inline[]): BlockNode => ({ ...element, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(parts) })

export const h2 = (text: string): BlockNode => ({ ...element, type: 'heading', tag: 'h2', children: [textNode(text)] })

export const h3 = (text: string): BlockNode => ({ ...element, type: 'heading', tag: 'h3', children: [textNode(text)] })

/** A list item is a plain string or a row of inline parts (e.g. bold lead-in, then text). */
type ListItem = string | readonly Inline[]

const list = (listType: 'bullet' | 'number', items: readonly ListItem[]): BlockNode => ({
  ...element,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'bullet' ? 'ul' : 'ol',
  children: items.map((item, index) => ({
    ...element,
    type: 'listitem',
    value: index + 1,
    children: inline(typeof item === 'string' ? [item] : item),
  })),
})

export const ul = (...items: ListItem[]): BlockNode => list('bullet', items)

export const ol = (...items: ListItem[]): BlockNode => list('number', items)

export const richText = (...children: BlockNode[]): RichText => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
})
