import { describe, expect, it } from 'vitest'

import { reviewStep, type ReviewStep } from './workflow'

const step = (overrides: Partial<ReviewStep>): ReviewStep => ({
  previous: 'draft',
  previousPublication: 'draft',
  requested: undefined,
  publication: 'draft',
  draftVersion: true,
  canPublish: false,
  ...overrides,
})

describe('the review workflow', () => {
  it('walks a document from a new draft through review to publication and the archive', () => {
    expect(reviewStep(step({ previous: null, previousPublication: null }))).toEqual({ ok: true, status: 'draft', action: 'created' })
    expect(reviewStep(step({ requested: 'in-review' }))).toEqual({ ok: true, status: 'in-review', action: 'submitted' })
    expect(reviewStep(step({ previous: 'in-review', requested: 'in-review', publication: 'published', draftVersion: false, canPublish: true }))).toEqual({
      ok: true,
      status: 'published',
      action: 'published',
    })
    expect(
      reviewStep(step({ previous: 'published', previousPublication: 'published', requested: 'archived', draftVersion: false, canPublish: true })),
    ).toEqual({ ok: true, status: 'archived', action: 'archived' })
  })

  it('lets an author submit straight away when creating, and withdraw a submission', () => {
    expect(reviewStep(step({ previous: null, previousPublication: null, requested: 'in-review' }))).toEqual({ ok: true, status: 'in-review', action: 'submitted' })
    expect(reviewStep(step({ previous: 'in-review', requested: 'draft' }))).toEqual({ ok: true, status: 'draft', action: 'withdrawn' })
  })

  it('records a publisher sending a submission back as returned', () => {
    expect(reviewStep(step({ previous: 'in-review', requested: 'draft', canPublish: true }))).toEqual({ ok: true, status: 'draft', action: 'returned' })
  })

  it('keeps a submission in review while it is edited', () => {
    expect(reviewStep(step({ previous: 'in-review', requested: 'in-review' }))).toEqual({ ok: true, status: 'in-review', action: 'edited' })
    expect(reviewStep(step({ previous: 'in-review' }))).toEqual({ ok: true, status: 'in-review', action: 'edited' })
  })

  it('refuses publication by an author, also when it arrives as a plain save', () => {
    expect(reviewStep(step({ publication: 'published', draftVersion: false }))).toEqual({ ok: false, problem: 'publish-needs-publisher' })
    expect(reviewStep(step({ previous: 'published', previousPublication: 'published', requested: 'published', draftVersion: false }))).toEqual({
      ok: false,
      problem: 'live-edit-needs-publisher',
    })
  })

  it('lets an author prepare changes to a published document as a draft version', () => {
    expect(reviewStep(step({ previous: 'published', previousPublication: 'published', requested: 'published' }))).toEqual({
      ok: true,
      status: 'draft',
      action: 'edited',
    })
    expect(reviewStep(step({ previous: 'published', previousPublication: 'published', requested: 'in-review' }))).toEqual({
      ok: true,
      status: 'in-review',
      action: 'submitted',
    })
  })

  it('keeps archiving and unpublishing for publishers', () => {
    expect(reviewStep(step({ previous: 'published', previousPublication: 'published', requested: 'archived' }))).toEqual({
      ok: false,
      problem: 'archive-needs-publisher',
    })
    expect(reviewStep(step({ previous: 'published', previousPublication: 'published', draftVersion: false }))).toEqual({
      ok: false,
      problem: 'live-edit-needs-publisher',
    })
    expect(reviewStep(step({ previous: 'published', previousPublication: 'published', draftVersion: false, canPublish: true }))).toEqual({
      ok: true,
      status: 'draft',
      action: 'unpublished',
    })
  })

  it('lets anyone keep editing an archived document, which stays archived until reopened', () => {
    expect(reviewStep(step({ previous: 'archived', requested: 'archived' }))).toEqual({ ok: true, status: 'archived', action: 'edited' })
    expect(reviewStep(step({ previous: 'archived', requested: 'draft' }))).toEqual({ ok: true, status: 'draft', action: 'edited' })
  })
})
