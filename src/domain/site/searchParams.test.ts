import { describe, expect, it } from 'vitest'

import { choiceParam, slugParam, textParam } from './searchParams'

describe('query parameters of list pages', () => {
  it('take the first value, trimmed, and treat empty as not given', () => {
    expect(textParam({ q: ['  plzen ', 'x'] }, 'q')).toBe('plzen')
    expect(textParam({ q: '   ' }, 'q')).toBeUndefined()
    expect(textParam({}, 'q')).toBeUndefined()
    expect(textParam({ q: 'a'.repeat(500) }, 'q')).toHaveLength(100)
  })
  it('accept only known choices', () => {
    expect(choiceParam({ when: 'past' }, 'when', ['upcoming', 'past'] as const)).toBe('past')
    expect(choiceParam({ when: 'tomorrow' }, 'when', ['upcoming', 'past'] as const)).toBeUndefined()
  })
  it('accept only slug-shaped identifiers', () => {
    expect(slugParam({ category: 'tiskove-zpravy' }, 'category')).toBe('tiskove-zpravy')
    expect(slugParam({ category: "x' OR 1=1" }, 'category')).toBeUndefined()
  })
})
