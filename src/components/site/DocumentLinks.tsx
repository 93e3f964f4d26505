import { INTL_LOCALE, type Locale } from '@/domain/locale/locales'
import type { Document } from '@/payload-types'

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
}

function fileSize(bytes: number, locale: Locale): string {
  const inMegabytes = bytes >= 1024 * 1024
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit: inMegabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(inMegabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)))
}

/**
 * Downloadable documents with their type and size, so readers know what they get. Members-only
 * documents a visitor may not read arrive unpopulated and are not listed.
 */
export function DocumentLinks({ documents, locale }: { documents: Document[]; locale: Locale }) {
  if (documents.length === 0) return null
  return (
    <ul className="documents">
      {documents.map((document) => (
        <li key={document.id}>
          <a href={document.url ?? '#'} download>
            {document.title}
          </a>{' '}
          <span className="meta">
            ({[document.mimeType ? TYPE_NAMES[document.mimeType] : null, document.filesize ? fileSize(document.filesize, locale) : null].filter(Boolean).join(', ')})
          </span>
          {document.description ? <p>{document.description}</p> : null}
        </li>
      ))}
    </ul>
  )
}
