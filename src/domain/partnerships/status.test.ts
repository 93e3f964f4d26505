import { describe, expect, it } from 'vitest'

import { formatReference } from './status'

describe('formatReference', () => {
  it('pads the yearly sequence to four digits', () => {
    expect(formatReference(2026, 42)).toBe('PR-2026-0042')
    expect(formatReference(2026, 12345)).toBe('PR-2026-12345')
  })
})
