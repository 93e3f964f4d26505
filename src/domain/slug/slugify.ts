/**
 * URL slugs for Czech, Polish and English titles. Unicode decomposition removes the háčky,
 * čárky, kroužky and ogonki; the letters that do not decompose (Polish ł, German ß …) are
 * mapped explicitly so "Łódź" becomes "lodz" rather than "odz".
 */
const undecomposableLetters: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
}

export const MAX_SLUG_LENGTH = 96

export function slugify(text: string): string {
  const transliterated = text
    .replace(/[łŁđĐßæÆøØœŒ]/g, (letter) => undecomposableLetters[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
  return transliterated
    .toLowerCase()
    .replace(/&/g, ' a ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')
}

/**
 * The first free slug: `base`, then `base-2`, `base-3` … `taken` answers whether a candidate
 * is already used by another document.
 */
export async function firstFreeSlug(
  base: string,
  taken: (candidate: string) => Promise<boolean>,
): Promise<string> {
  const root = base || 'dokument'
  if (!(await taken(root))) return root
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${root.slice(0, MAX_SLUG_LENGTH - String(suffix).length - 1)}-${suffix}`
    if (!(await taken(candidate))) return candidate
  }
}
