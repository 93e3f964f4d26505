import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  checkStatusChange,
  checkTransition,
  emailsApplicant,
  formatReference,
  nextReference,
  PARTNERSHIP_STATUSES,
  statusRequirements,
  type PartnershipStatus,
} from './status'

const status = fc.constantFrom(...PARTNERSHIP_STATUSES)

describe('the application workflow', () => {
  it('lets an applicant start a draft or submit at once, and the office only record a submitted application', () => {
    expect(checkTransition(undefined, 'draft', 'applicant')).toEqual({ allowed: true })
    expect(checkTransition(undefined, 'submitted', 'applicant')).toEqual({ allowed: true })
    expect(checkTransition(undefined, 'matched', 'applicant')).toEqual({ allowed: false, reason: 'not-initial' })
    expect(checkTransition(undefined, 'submitted', 'office')).toEqual({ allowed: true })
    expect(checkTransition(undefined, 'draft', 'office')).toEqual({ allowed: false, reason: 'not-initial' })
  })

  it('walks the happy path step by step, only in the office', () => {
    const path: PartnershipStatus[] = ['submitted', 'in-review', 'partner-contacted', 'partner-proposed', 'matched', 'closed']
    for (let step = 1; step < path.length; step += 1) {
      expect(checkTransition(path[step - 1], path[step]!, 'office')).toEqual({ allowed: true })
      expect(checkTransition(path[step - 1], path[step]!, 'applicant')).toEqual({ allowed: false, reason: 'office-only' })
    }
  })

  it('refuses to skip steps or to reopen a closed application', () => {
    expect(checkTransition('submitted', 'partner-proposed', 'office')).toEqual({ allowed: false, reason: 'not-next' })
    expect(checkTransition('in-review', 'matched', 'office')).toEqual({ allowed: false, reason: 'not-next' })
    expect(checkTransition('closed', 'in-review', 'office')).toEqual({ allowed: false, reason: 'not-next' })
    expect(checkTransition('matched', 'declined', 'office')).toEqual({ allowed: false, reason: 'not-next' })
  })

  it('lets the office go back when a partner region finds nobody or the applicant turns a proposal down', () => {
    expect(checkTransition('partner-contacted', 'in-review', 'office').allowed).toBe(true)
    expect(checkTransition('partner-proposed', 'partner-contacted', 'office').allowed).toBe(true)
  })

  it('leaves submitting a draft to its applicant', () => {
    expect(checkTransition('draft', 'submitted', 'applicant')).toEqual({ allowed: true })
    expect(checkTransition('draft', 'submitted', 'office')).toEqual({ allowed: false, reason: 'applicant-only' })
    expect(checkTransition('draft', 'in-review', 'applicant')).toEqual({ allowed: false, reason: 'not-next' })
  })

  it('never lets anyone return an application to a draft', () => {
    fc.assert(
      fc.property(status, fc.constantFrom('applicant' as const, 'office' as const), (from, actor) => {
        if (from === 'draft') return
        expect(checkTransition(from, 'draft', actor).allowed).toBe(false)
      }),
    )
  })

  it('reaches every status from a submission', () => {
    const reached = new Set<PartnershipStatus>(['submitted'])
    const queue: PartnershipStatus[] = ['submitted']
    while (queue.length > 0) {
      const from = queue.shift()!
      for (const next of PARTNERSHIP_STATUSES.filter((to) => to !== from && checkTransition(from, to, 'office').allowed)) {
        if (!reached.has(next)) queue.push(next)
        reached.add(next)
      }
    }
    expect([...reached].sort()).toEqual(PARTNERSHIP_STATUSES.filter((s) => s !== 'draft').sort())
  })

  it('e-mails the applicant on every change that matters to them, not on bookkeeping', () => {
    expect(PARTNERSHIP_STATUSES.filter(emailsApplicant)).toEqual(['in-review', 'partner-contacted', 'partner-proposed', 'matched', 'declined'])
  })

  it('asks for a proposed partner and a reason for declining', () => {
    expect(statusRequirements('partner-proposed')).toEqual(['proposed-partner'])
    expect(statusRequirements('declined')).toEqual(['message'])
    expect(statusRequirements('in-review')).toEqual([])
  })
})

describe('references', () => {
  it('pads the yearly sequence to four digits', () => {
    expect(formatReference(2026, 42)).toBe('PR-2026-0042')
    expect(formatReference(2026, 12345)).toBe('PR-2026-12345')
  })

  it('continues after the highest reference of the year and starts again each year', () => {
    expect(nextReference(2026, undefined)).toBe('PR-2026-0001')
    expect(nextReference(2026, 'PR-2026-0041')).toBe('PR-2026-0042')
    expect(nextReference(2026, 'PR-2026-9999')).toBe('PR-2026-10000')
    expect(nextReference(2027, 'PR-2026-0041')).toBe('PR-2027-0001')
  })
})

describe('checking a status change', () => {
  it('lists the steps the actor could take instead of a refused one', () => {
    expect(checkStatusChange({ from: 'submitted', to: 'matched', actor: 'office' })).toEqual([
      { field: 'status', kind: 'transition', from: 'submitted', to: 'matched', allowed: ['in-review', 'declined'] },
    ])
    expect(checkStatusChange({ from: undefined, to: 'in-review', actor: 'applicant' })).toEqual([
      { field: 'status', kind: 'transition', from: undefined, to: 'in-review', allowed: ['draft', 'submitted'] },
    ])
    expect(checkStatusChange({ from: 'in-review', to: 'declined', actor: 'applicant' })).toMatchObject([{ allowed: [] }])
  })

  it('requires a proposed partner and a reason to decline, but not when the status stays', () => {
    expect(checkStatusChange({ from: 'partner-contacted', to: 'partner-proposed', actor: 'office', proposedPartnerName: ' ' })).toEqual([
      { field: 'proposedPartner.name', kind: 'required-for-status', status: 'partner-proposed' },
    ])
    expect(checkStatusChange({ from: 'in-review', to: 'declined', actor: 'office' })).toEqual([
      { field: 'statusMessage', kind: 'required-for-status', status: 'declined' },
    ])
    expect(checkStatusChange({ from: 'declined', to: 'declined', actor: 'office' })).toEqual([])
    expect(checkStatusChange({ from: 'in-review', to: 'declined', actor: 'office', statusMessage: 'Region nemá zájem.' })).toEqual([])
  })
})
