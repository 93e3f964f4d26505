import { hasPublicPage } from '@/domain/site/paths'

/**
 * The address that opens a document's public page in draft mode, for the admin's preview button
 * and its live preview pane. The preview route checks that the visitor is signed in as staff.
 */
export function previewPath({ collection, id, locale }: { collection: string; id: number | string | undefined; locale: string | undefined }): string | null {
  if (!hasPublicPage(collection) || id === undefined || id === null || id === '') return null
  const query = new URLSearchParams({ collection, id: String(id), locale: locale ?? 'cs' })
  return `/preview?${query.toString()}`
}
