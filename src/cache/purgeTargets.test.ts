import { describe, expect, it } from 'vitest'

import { purgeTargets } from './purgeTargets'

describe('purgeTargets', () => {
  it('purges the public address when nothing else is configured', () => {
    expect(purgeTargets({ PUBLIC_SERVER_URL: 'https://portal.example' })).toEqual(['https://portal.example'])
  })
  it('purges every listed instance and front cache', () => {
    expect(purgeTargets({ CACHE_PURGE_URLS: 'http://10.0.0.1:3000, http://10.0.0.2:3000', PUBLIC_SERVER_URL: 'https://portal.example' })).toEqual([
      'http://10.0.0.1:3000',
      'http://10.0.0.2:3000',
    ])
  })
  it('purges nothing for scripts that run without a portal', () => {
    expect(purgeTargets({ CACHE_PURGE_URLS: 'none' })).toEqual([])
  })
})
