import { describe, expect, it } from 'vitest'

import { getTestPayload } from './harness'

describe('a fresh database', () => {
  it('gets every collection from the committed migrations', async () => {
    const payload = await getTestPayload()
    const counts = await Promise.all(
      payload.config.collections.map(async (collection) => [collection.slug, (await payload.count({ collection: collection.slug as never })).totalDocs]),
    )
    expect(Object.fromEntries(counts)).toMatchObject({ news: 0, events: 0, municipalities: 0, members: 0 })
  })
})
