import { describe, expect, it } from 'vitest'

import { resolveWorkflow, submitterNotice } from './workflow'

describe('resolveWorkflow', () => {
  it('keeps a member’s save an unpublished submission, whatever it asks for', () => {
    expect(resolveWorkflow({ actor: 'member', requested: 'published', status: 'published' })).toEqual({ workflowStatus: 'submitted', status: 'draft' })
  })

  it('marks a practice staff publish as published', () => {
    expect(resolveWorkflow({ actor: 'staff', requested: 'reviewed', status: 'published' })).toEqual({ workflowStatus: 'published', status: 'published' })
  })

  it('does not let an unpublished practice claim to be published', () => {
    expect(resolveWorkflow({ actor: 'staff', requested: 'published', status: 'draft' })).toEqual({ workflowStatus: 'reviewed', status: 'draft' })
  })

  it('keeps the review status staff choose for a draft, and starts as submitted', () => {
    expect(resolveWorkflow({ actor: 'staff', requested: 'changes-requested', status: 'draft' }).workflowStatus).toBe('changes-requested')
    expect(resolveWorkflow({ actor: 'staff', requested: null, status: 'draft' }).workflowStatus).toBe('submitted')
  })
})

describe('submitterNotice', () => {
  it('tells the member when their practice is returned or published, once', () => {
    expect(submitterNotice('submitted', 'changes-requested')).toBe('changes-requested')
    expect(submitterNotice('reviewed', 'published')).toBe('published')
    expect(submitterNotice('published', 'published')).toBeNull()
    expect(submitterNotice('submitted', 'reviewed')).toBeNull()
  })
})
