import { slugField, type CollectionSlug, type Where } from 'payload'

import { firstFreeSlug, slugify } from '@/domain/slug/slugify'
import { label } from '@/i18n/adminLabel'

/**
 * Payload's slug field, with Czech/Polish transliteration and a numeric suffix instead of a
 * unique-constraint error when two documents share a title.
 */
export const uniqueSlugField = (collection: CollectionSlug, useAsSlug = 'title') =>
  slugField({
    useAsSlug,
    // The hook always fills it in (falling back to "dokument"), so callers need not send one.
    required: false,
    slugify: async ({ data, req, valueToSlugify }) => {
      const base = slugify(typeof valueToSlugify === 'string' ? valueToSlugify : '')
      const ownId = (data as { id?: number | string }).id
      return firstFreeSlug(base, async (candidate) => {
        const where: Where = { slug: { equals: candidate } }
        const { totalDocs } = await req.payload.count({
          collection,
          where: ownId === undefined ? where : { and: [where, { id: { not_equals: ownId } }] },
          req,
          overrideAccess: true,
        })
        return totalDocs > 0
      })
    },
    overrides: (row) => {
      const [checkbox, slug] = row.fields
      if (checkbox && 'name' in checkbox) checkbox.label = label('Generovat z názvu', 'Generate from title')
      if (slug && 'name' in slug) slug.label = label('Adresa (slug)', 'Slug')
      return row
    },
  })
