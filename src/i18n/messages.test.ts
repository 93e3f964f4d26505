import { describe, expect, it } from 'vitest'

import { LOCALES } from '@/domain/locale/locales'

import { messagesFor, plural } from './messages'

describe('plural', () => {
  it('chooses the Czech form for one, a few and many', () => {
    const forms = messagesFor('cs').municipalities.count
    expect([1, 3, 5, 190, 2500].map((count) => plural('cs', count, forms))).toEqual(['1 obec', '3 obce', '5 obcí', '190 obcí', '2\u00a0500 obcí'])
  })
  it('chooses the Polish form, which depends on the last digits', () => {
    const forms = messagesFor('pl').municipalities.count
    expect([1, 2, 5, 22, 25].map((count) => plural('pl', count, forms))).toEqual(['1 gmina', '2 gminy', '5 gmin', '22 gminy', '25 gmin'])
  })
  it('writes thousands the English way', () => {
    expect(plural('en', 2500, messagesFor('en').municipalities.count)).toBe('2,500 municipalities')
  })
})

describe('the dictionaries', () => {
  it('have no empty string in any language', () => {
    const empty = (value: unknown, path: string): string[] =>
      typeof value === 'string'
        ? value.trim() === '' ? [path] : []
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, child]) => empty(child, `${path}.${key}`))
          : []
    expect(LOCALES.flatMap((locale) => empty(messagesFor(locale), locale))).toEqual([])
  })
})
