import { describe, expect, it } from 'vitest'

import { isPurgeAuthorised, purgeToken } from './purgeToken'

describe('purge authorisation', () => {
  it('accepts the token of the same secret only', () => {
    expect(isPurgeAuthorised(`Bearer ${purgeToken('s3cret')}`, 's3cret')).toBe(true)
    expect(isPurgeAuthorised(`Bearer ${purgeToken('other')}`, 's3cret')).toBe(false)
    expect(isPurgeAuthorised(null, 's3cret')).toBe(false)
    expect(isPurgeAuthorised(purgeToken('s3cret'), 's3cret')).toBe(false)
  })
})
