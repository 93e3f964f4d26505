import { expect, it } from 'vitest'

import { requestIdFor } from './requestId'

const generate = () => 'generated-id-0001'

it('keeps an id the front proxy set, and makes one otherwise', () => {
  expect(requestIdFor('5f2b9c1e-7d4a-4b8e-9f00-0123456789ab', generate)).toBe('5f2b9c1e-7d4a-4b8e-9f00-0123456789ab')
  expect(requestIdFor(null, generate)).toBe('generated-id-0001')
  expect(requestIdFor('', generate)).toBe('generated-id-0001')
})

it('replaces an id that could forge log lines or carry data', () => {
  for (const hostile of ['short', 'a\nlevel=error msg=forged', 'x'.repeat(200), 'jana@obec.cz-jana@obec.cz', '<script>alert(1)</script>']) {
    expect(requestIdFor(hostile, generate)).toBe('generated-id-0001')
  }
})
