import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { invalidationForDocument, invalidationForGlobal, mergeInvalidations, parseInvalidation } from './invalidation'

describe('invalidationForDocument', () => {
  it('expires the collection and the page in every locale, at the old and the new slug', () => {
    expect(invalidationForDocument('news', [{ slug: 'stary-titulek' }, { slug: 'novy-titulek' }])).toEqual({
      tags: ['collection:news'],
      paths: ['/news/stary-titulek', '/pl/news/stary-titulek', '/en/news/stary-titulek', '/news/novy-titulek', '/pl/news/novy-titulek', '/en/news/novy-titulek'],
    })
  })
  it('finds a block page under its parents', () => {
    const page = { slug: 'kontakty', breadcrumbs: [{ url: '/o-nas' }, { url: '/o-nas/kontakty' }] }
    expect(invalidationForDocument('pages', [page]).paths).toContain('/en/o-nas/kontakty')
  })
  it('has only the tag for collections without pages of their own', () => {
    expect(invalidationForDocument('people', [{ slug: 'x' }])).toEqual({ tags: ['collection:people'], paths: [] })
  })
})

describe('mergeInvalidations', () => {
  it('unites tags and paths without repeating them', () => {
    const merged = mergeInvalidations(invalidationForDocument('news', [{ slug: 'a' }]), invalidationForDocument('news', [{ slug: 'a' }]), invalidationForGlobal('site-alert'))
    expect(merged.tags).toEqual(['collection:news', 'global:site-alert'])
    expect(merged.paths).toHaveLength(3)
  })
})

describe('parseInvalidation', () => {
  it('accepts tags and paths', () => {
    expect(parseInvalidation({ tags: ['collection:news'], paths: ['/news/a'] })).toEqual({ tags: ['collection:news'], paths: ['/news/a'] })
  })
  it('refuses anything else', () => {
    for (const body of [null, 'x', {}, { tags: 'collection:news', paths: [] }, { tags: ['<script>'], paths: [] }, { tags: [], paths: ['news'] }, { tags: [], paths: ['/a b'] }]) {
      expect(parseInvalidation(body)).toBeNull()
    }
  })
})

describe('parseInvalidation with generated bodies', () => {
  it('never throws and accepts only well-formed tags and paths', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const parsed = parseInvalidation(body)
        if (parsed) {
          for (const tag of parsed.tags) expect(tag).toMatch(/^(collection|global):[a-z0-9-]+$/)
          for (const path of parsed.paths) expect(path.startsWith('/')).toBe(true)
        }
      }),
    )
  })
})
