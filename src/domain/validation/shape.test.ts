import { describe, expect, it } from 'vitest'

import { isDateValue, shapeMessage, shapeProblems, type ShapeField } from './shape'

const fields: ShapeField[] = [
  { name: 'createdAt', kind: 'date' },
  { name: 'contact', kind: 'group', fields: [{ name: 'address', kind: 'group', fields: [] }] },
  { name: 'programme', kind: 'array', fields: [{ name: 'startsAt', kind: 'date' }] },
  { name: 'layout', kind: 'blocks', blocks: { hero: [{ name: 'links', kind: 'array', fields: [] }] } },
]

describe('shapeProblems', () => {
  it('accepts a well-shaped document, absent values and nulls', () => {
    expect(shapeProblems(fields, {})).toEqual([])
    expect(shapeProblems(fields, { programme: null, layout: null, createdAt: undefined })).toEqual([])
    expect(
      shapeProblems(fields, {
        createdAt: '2025-05-01T08:00:00.000Z',
        contact: { address: {} },
        programme: [{ startsAt: new Date() }],
        layout: [{ blockType: 'hero', links: [] }],
        unknown: { anything: 1 },
      }),
    ).toEqual([])
  })

  it('names every field of the wrong shape, nested ones with their path', () => {
    expect(
      shapeProblems(fields, {
        createdAt: 'xx',
        contact: { address: 'Plzeň' },
        programme: [{ startsAt: 'later' }, 'row'],
        layout: [{ blockType: 'nonexistent' }, { blockType: 'hero', links: {} }],
      }),
    ).toEqual([
      { path: 'createdAt', expected: 'date' },
      { path: 'contact.address', expected: 'object' },
      { path: 'programme.0.startsAt', expected: 'date' },
      { path: 'programme.1', expected: 'object' },
      { path: 'layout.0', expected: 'block' },
      { path: 'layout.1.links', expected: 'list' },
    ])
    expect(shapeProblems(fields, { contact: null })).toEqual([{ path: 'contact', expected: 'object' }])
    expect(shapeProblems(fields, { contact: [], programme: {} })).toEqual([
      { path: 'contact', expected: 'object' },
      { path: 'programme', expected: 'list' },
    ])
  })

  it('refuses a document that is not an object at all', () => {
    expect(shapeProblems(fields, [])).toEqual([{ path: '(document)', expected: 'object' }])
    expect(shapeProblems(fields, 'text')).toEqual([{ path: '(document)', expected: 'object' }])
  })
})

describe('isDateValue', () => {
  it.each([
    ['2025-05-01', true],
    [0, true],
    [new Date('x'), false],
    ['not a date', false],
    [{}, false],
    [true, false],
  ])('%s → %s', (value, expected) => expect(isDateValue(value)).toBe(expected))
})

it('says what was expected, in Czech and English', () => {
  expect(shapeMessage('cs', { path: 'contact', expected: 'object' })).toBe('contact: nesprávný tvar hodnoty, očekává se skupina polí (objekt).')
  expect(shapeMessage('en', { path: 'createdAt', expected: 'date' })).toBe('createdAt: the value has the wrong shape; expected a valid date.')
})
