import { describe, expect, it } from 'vitest'

import { raiseVersions, versionKey } from './dataVersions'

describe('versioned keys of cached reads', () => {
  it('change for reads of a purged tag and stay for the others', () => {
    const news = versionKey(['collection:news', 'collection:media'])
    const municipalities = versionKey(['collection:municipalities'])
    raiseVersions(['collection:news'])
    expect(versionKey(['collection:news', 'collection:media'])).not.toBe(news)
    expect(versionKey(['collection:municipalities'])).toBe(municipalities)
  })
})
