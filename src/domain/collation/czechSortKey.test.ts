import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseMunicipalityCsv } from '../municipalities/csv'
import { czechSortKey } from './czechSortKey'

const collator = new Intl.Collator('cs')
const sign = (value: number) => Math.sign(value)
const byKey = (a: string, b: string) => {
  const left = czechSortKey(a)
  const right = czechSortKey(b)
  return left < right ? -1 : left > right ? 1 : 0
}

const REGISTER = path.resolve('../shared/data/cz-municipalities.csv')
const registerPresent = existsSync(REGISTER)
if (!registerPresent) console.warn(`SKIPPED: the register-wide collation check needs ${REGISTER}, which is absent.`)

describe('czechSortKey', () => {
  it('puts "ch" after "h" and č, ř, š, ž after c, r, s, z', () => {
    const names = ['Chomutov', 'Hustopeče', 'Cheb', 'Cítov', 'Čachrov', 'Ivančice', 'Říčany', 'Rybniště', 'Šumperk', 'Svitavy', 'Žatec', 'Zlín']
    expect([...names].sort(byKey)).toEqual([
      'Cítov',
      'Čachrov',
      'Hustopeče',
      'Cheb',
      'Chomutov',
      'Ivančice',
      'Rybniště',
      'Říčany',
      'Svitavy',
      'Šumperk',
      'Zlín',
      'Žatec',
    ])
  })

  it('lets accents other than the háček decide only between otherwise equal names', () => {
    expect(['Úvaly', 'Uhlířské Janovice', 'Ustí', 'Ústí'].sort(byKey)).toEqual(['Uhlířské Janovice', 'Ustí', 'Ústí', 'Úvaly'])
  })

  it('puts a name before the longer names it begins, and words before hyphenated forms', () => {
    expect(['Lhotka', 'Lhota u Kolína', 'Lhota', 'Lhota-Kolín'].sort(byKey)).toEqual(['Lhota', 'Lhota u Kolína', 'Lhota-Kolín', 'Lhotka'])
  })

  it('orders every pair of generated Czech and Polish names as Intl.Collator("cs") does', () => {
    const letters = [...'aábcčdďeéěfghchiíjklłmnňoóöpqrřsštťuúůüvwxyýzžźżąę -0123'.replace('ch', '')]
    const characters = fc.constantFrom(...letters, 'ch', 'Ch', 'CH', 'cH', ...letters.map((letter) => letter.toUpperCase()))
    const name = fc.array(characters, { maxLength: 8 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sign(byKey(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(collator.compare(a, b)))
      }),
      { numRuns: 20_000 },
    )
  })

  it('orders names that differ only in accents and case as Intl.Collator("cs") does', () => {
    // Random pairs rarely share their letters; these share them and differ in accents and case only.
    const variants = [
      ['a', 'á', 'ą', 'ä', 'A', 'Á', 'Ą'],
      ['e', 'é', 'ě', 'ę', 'E', 'É', 'Ě'],
      ['u', 'ú', 'ů', 'ü', 'U', 'Ú', 'Ů'],
      ['o', 'ó', 'ö', 'O', 'Ó'],
      ['i', 'í', 'I', 'Í'],
      ['y', 'ý', 'Y', 'Ý'],
      ['z', 'ź', 'ż', 'Z', 'Ż'],
      ['l', 'ł', 'ĺ', 'ľ', 'L', 'Ł'],
      ['n', 'ň', 'ń', 'N', 'Ň'],
      ['d', 'ď', 'D', 'Ď'],
      ['t', 'ť', 'T', 'Ť'],
      ['ch', 'cH', 'Ch', 'CH'],
      ['č', 'Č'],
      [' '],
      ['-'],
    ]
    const pair = fc
      .array(fc.integer({ min: 0, max: variants.length - 1 }), { minLength: 1, maxLength: 6 })
      .chain((skeleton) => {
        const decorate = fc.tuple(...skeleton.map((group) => fc.constantFrom(...(variants[group] ?? [])))).map((parts) => parts.join(''))
        return fc.tuple(decorate, decorate)
      })
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sign(byKey(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(collator.compare(a, b)))
      }),
      { numRuns: 20_000 },
    )
  })

  it.skipIf(!registerPresent)('sorts the whole municipality register exactly as Intl.Collator("cs") does', () => {
    const { rows, errors } = parseMunicipalityCsv(readFileSync(REGISTER))
    expect(errors).toEqual([])
    const names = rows.map((row) => row.name)
    expect(names.length).toBe(6258)
    const byCollator = [...names].sort(collator.compare)
    const byStoredKey = [...names].sort(byKey)
    expect(byStoredKey).toEqual(byCollator)
    for (let index = 1; index < byCollator.length; index += 1) {
      const [previous = '', current = ''] = [byCollator[index - 1], byCollator[index]]
      expect(sign(byKey(previous, current))).toBe(sign(collator.compare(previous, current)))
    }
  })
})
