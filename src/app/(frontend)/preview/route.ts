import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { CollectionSlug } from 'payload'

import { isLocale, localizedPath } from '@/domain/locale/locales'
import { documentPath, hasPublicPage } from '@/domain/site/paths'
import { payloadClient } from '@/lib/payload'

/**
 * Draft preview for editors: checks the admin session, switches Next's draft mode on (pages then
 * read the latest drafts with the editor's access and skip every cache) and opens the document's
 * page, found by id so that a draft with a new slug opens too.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const collection = url.searchParams.get('collection') ?? ''
  const id = url.searchParams.get('id') ?? ''
  const requestedLocale = url.searchParams.get('locale') ?? 'cs'
  const locale = isLocale(requestedLocale) ? requestedLocale : 'cs'
  if (!hasPublicPage(collection) || !id) return new Response('Unknown document to preview.', { status: 400 })

  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || user.collection !== 'users') {
    return new Response('Náhled je jen pro přihlášené redaktory. / Preview is for signed-in editors only.', { status: 401 })
  }
  const doc = await payload
    .findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, locale, overrideAccess: false, user })
    .catch(() => null)
  const path = doc ? documentPath(collection, doc as { slug?: string | null }) : null
  if (!path) return new Response('Dokument nemá stránku na webu. / The document has no public page.', { status: 404 })

  const draft = await draftMode()
  draft.enable()
  redirect(localizedPath(locale, path))
}
