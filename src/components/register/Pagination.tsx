/** Previous / next links and the current page, for lists split into pages. */
export function Pagination({
  label,
  page,
  totalPages,
  hrefFor,
  previous,
  next,
  pageLabel,
}: {
  label: string
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  previous: string
  next: string
  pageLabel: string
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {previous}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{pageLabel}</li>
        {page < totalPages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
