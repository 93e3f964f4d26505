import { localizedPath, type Locale } from '@/domain/locale/locales'
import { pageLinks } from '@/domain/site/pagination'
import { withQuery } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'

type Props = {
  locale: Locale
  path: string
  /** The list's other query parameters, kept on every page link. */
  query: Record<string, string | undefined>
  page: number
  totalPages: number
}

export function Pagination({ locale, path, query, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  const t = messagesFor(locale)
  const href = (target: number) => localizedPath(locale, withQuery(path, { ...query, page: target > 1 ? target : undefined }))
  return (
    <nav aria-label={t.list.pagination} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t.list.previous}
            </a>
          </li>
        ) : null}
        {pageLinks(page, totalPages).map((link, index) =>
          link.kind === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              <a href={href(link.page)} aria-current={link.current ? 'page' : undefined} aria-label={t.list.page(link.page)}>
                {link.page}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t.list.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
