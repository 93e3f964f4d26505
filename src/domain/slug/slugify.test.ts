import { describe, expect, it } from 'vitest'

import { firstFreeSlug, MAX_SLUG_LENGTH, slugify } from './slugify'

describe('slugify', () => {
  it.each([
    ['Krajská setkání 2025', 'krajska-setkani-2025'],
    ['Ústí nad Labem – Velká Hradební', 'usti-nad-labem-velka-hradebni'],
    ['Příliš žluťoučký kůň úpěl ďábelské ódy', 'prilis-zlutoucky-kun-upel-dabelske-ody'],
    ['VII Krajowy Kongres Sekretarzy – Łódź, Gdańsk, Kraków', 'vii-krajowy-kongres-sekretarzy-lodz-gdansk-krakow'],
    ['Zażółć gęślą jaźń', 'zazolc-gesla-jazn'],
    ['Komise pro informatiku (KISMO)', 'komise-pro-informatiku-kismo'],
    ['Smart Cities & eGovernment', 'smart-cities-a-egovernment'],
    ['  --  ', ''],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('never exceeds the maximum length and never ends with a dash', () => {
    const slug = slugify('Sdružení měst a obcí Plzeňského kraje '.repeat(10))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('firstFreeSlug', () => {
  it('keeps a free slug and numbers taken ones', async () => {
    const used = new Set(['snem', 'snem-2'])
    const taken = async (candidate: string) => used.has(candidate)
    expect(await firstFreeSlug('praha', taken)).toBe('praha')
    expect(await firstFreeSlug('snem', taken)).toBe('snem-3')
  })

  it('falls back to a generic slug for titles without letters', async () => {
    expect(await firstFreeSlug('', async () => false)).toBe('dokument')
  })
})
