import { describe, expect, it } from 'vitest'

import { overlay } from './context'

describe('overlay', () => {
  it('returns only the translated values (Payload keeps the other fields as stored)', () => {
    expect(overlay({ title: 'Sněm', year: 2025 }, { title: 'Assembly' })).toEqual({ title: 'Assembly' })
  })

  it('merges array rows by position, keeping their ids and untranslated fields', () => {
    const stored = {
      notices: [
        { id: 'a', kind: 'venue-change', title: null },
        { id: 'b', kind: 'info', title: null },
      ],
    }
    expect(overlay(stored, { notices: [{ title: 'Venue changed' }] })).toEqual({
      notices: [
        { id: 'a', kind: 'venue-change', title: 'Venue changed' },
        { id: 'b', kind: 'info', title: null },
      ],
    })
  })

  it('merges nested rows and keeps block types', () => {
    const stored = { layout: [{ id: 'x', blockType: 'contacts', members: [{ id: 'm', person: 7, role: null }] }] }
    expect(overlay(stored, { layout: [{ members: [{ role: 'chair' }] }] })).toEqual({
      layout: [{ id: 'x', blockType: 'contacts', members: [{ id: 'm', person: 7, role: 'chair' }] }],
    })
  })

  it('replaces rich text whole instead of merging its nodes', () => {
    const stored = { content: { root: { children: [{ type: 'paragraph' }, { type: 'list' }] } } }
    const content = { root: { children: [{ type: 'heading' }] } }
    expect(overlay(stored, { content })).toEqual({ content })
  })
})
