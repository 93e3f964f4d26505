import { slugField, type CollectionSlug, type FieldHook, type Where } from 'payload'

import { firstFreeSlug, slugify } from '@/domain/slug/slugify'
import { label } from '@/i18n/adminLabel'

/**
 * Numbers a slug that another document already uses ("snem" → "snem-2"). It runs as a hook of
 * the slug field because Payload 3.90 does not await an asynchronous `slugify` option
 * (payloadcms/payload#17189) and would store the pending promise.
 */
const numberTakenSlug =
  (collection: CollectionSlug): FieldHook =>
  async ({ value, originalDoc, req }) => {
    if (typeof value !== 'string' || value === '') return value
    const ownId = (originalDoc as { id?: number | string } | undefined)?.id
    return firstFreeSlug(value, async (candidate) => {
      const where: Where = { slug: { equals: candidate } }
      const { totalDocs } = await req.payload.count({
        collection,
        where: ownId === undefined ? where : { and: [where, { id: { not_equals: ownId } }] },
        req,
        overrideAccess: true,
      })
      return totalDocs > 0
    })
  }

/**
 * Payload's slug field, with Czech/Polish transliteration and a numeric suffix instead of a
 * unique-constraint error when two documents share a title.
 */
export const uniqueSlugField = (collection: CollectionSlug, useAsSlug = 'title') =>
  slugField({
    useAsSlug,
    // The hooks always fill it in (falling back to "dokument"), so callers need not send one.
    required: false,
    slugify: ({ valueToSlugify }) => slugify(typeof valueToSlugify === 'string' ? valueToSlugify : '') || 'dokument',
    overrides: (row) => {
      const [checkbox, slug] = row.fields
      if (checkbox && 'name' in checkbox) checkbox.label = label('Generovat z názvu', 'Generate from title')
      if (slug && slug.type === 'text') {
        slug.label = label('Adresa (slug)', 'Slug')
        slug.hooks = { ...slug.hooks, beforeChange: [...(slug.hooks?.beforeChange ?? []), numberTakenSlug(collection)] }
      }
      return row
    },
  })
