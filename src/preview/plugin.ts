import type { Plugin } from 'payload'

import { hasPublicPage } from '@/domain/site/paths'

import { previewPath } from './previewPath'

/** A "Preview" button on every document that has a public page, opening it in draft mode. */
export const previewPlugin =
  (serverURL: string): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      hasPublicPage(collection.slug)
        ? {
            ...collection,
            admin: {
              ...collection.admin,
              preview: (doc, { locale }) => {
                const path = previewPath({ collection: collection.slug, id: doc.id as number | string | undefined, locale })
                return path ? `${serverURL}${path}` : null
              },
            },
          }
        : collection,
    ),
  })
