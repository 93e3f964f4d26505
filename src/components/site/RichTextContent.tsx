import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { LinkJSXConverter, RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { localizedPath, type Locale } from '@/domain/locale/locales'
import { documentPath, hasPublicPage } from '@/domain/site/paths'

type Props = { data: SerializedEditorState | null | undefined; locale: Locale; className?: string }

/** Rich text from Payload; links to other documents point to their public pages in the reader's language. */
export function RichTextContent({ data, locale, className = 'prose' }: Props) {
  if (!data?.root?.children?.length) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) => {
        const target = linkNode.fields.doc
        if (!target || typeof target.value !== 'object' || !hasPublicPage(target.relationTo)) return '#'
        const path = documentPath(target.relationTo, target.value as { slug?: string | null })
        return path ? localizedPath(locale, path) : '#'
      },
    }),
  })
  return <RichText data={data} converters={converters} className={className} />
}
