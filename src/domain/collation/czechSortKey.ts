/**
 * A sort key that orders names as Czech collation does (`Intl.Collator('cs')`) when compared
 * byte by byte, so a database that cannot collate Czech itself (SQLite, MongoDB without ICU
 * collations) sorts the directory correctly by an ordinary indexed text column.
 *
 * It follows the Unicode Collation Algorithm with the Czech tailoring of CLDR: "ch" is one letter
 * after "h", and č, ř, š, ž are letters of their own after c, r, s, z; other accents (á, ě, ů …)
 * only decide between names that are otherwise equal, and case only between names that are
 * equal even with their accents. The key is three runs of weights, one per level, each weight a
 * single ASCII character, separated by a space, which is lower than every weight so that a name
 * that is a prefix of another sorts first, as in the collator.
 *
 * Covered exactly: Czech and Polish letters, digits, white space and ASCII punctuation (the unit
 * tests compare it with the collator over the whole register and over generated strings). Other
 * characters sort after "ž" and tie among themselves.
 */

const LEVEL_SEPARATOR = ' '
const weight = (rank: number): string => String.fromCharCode(0x21 + rank)

/** Primary order of the root collation for white space, punctuation, digits, then the Czech alphabet. */
const PRIMARY_ORDER = [
  ' ',
  ...`_-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$`,
  ...'0123456789',
  ...['a', 'b', 'c', 'č', 'd', 'e', 'f', 'g', 'h', 'ch', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 'ř', 's', 'š', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ž'],
]
const PRIMARY = new Map(PRIMARY_ORDER.map((element, rank) => [element, weight(rank)]))
const UNKNOWN_PRIMARY = weight(PRIMARY_ORDER.length)

/** Secondary weights of combining marks, in the order of the root collation; the bare letter is lowest. */
const COMMON = weight(0)
const MARK_ORDER = [
  '\u0301', // acute: á é í ó ú ý ĺ ź ś ć ń
  '\u0300', // grave
  '\u0306', // breve
  '\u0302', // circumflex
  '\u030C', // caron: ě ď ť ň (on c, r, s, z it makes a letter of its own instead)
  '\u030A', // ring: ů
  '\u0308', // diaeresis: ä ö ü
  '\u030B', // double acute
  '\u0303', // tilde
  '\u0307', // dot above: ż
  '\u0327', // cedilla
  '\u0328', // ogonek: ą ę
  '\u0304', // macron
]
const MARK = new Map(MARK_ORDER.map((mark, rank) => [mark, weight(rank + 1)]))
const STROKE = weight(MARK_ORDER.length + 1)
const UNKNOWN_MARK = weight(MARK_ORDER.length + 2)

const CARON = '\u030C'
const LETTERS_WITH_CARON = new Set(['c', 'r', 's', 'z'])
const isMark = (char: string): boolean => /\p{M}/u.test(char)

const LOWER = weight(0)
const UPPER = weight(1)
/** Case variants of "ch" in the order of the Czech tailoring: ch < cH < Ch < CH. */
const CH_CASE: Record<string, string> = { ch: weight(0), cH: weight(1), Ch: weight(2), CH: weight(3) }

export function czechSortKey(text: string): string {
  const chars = [...text.normalize('NFD')]
  let primary = ''
  let secondary = ''
  let tertiary = ''
  let index = 0
  while (index < chars.length) {
    const char = chars[index] ?? ''
    const next = chars[index + 1] ?? ''
    const lower = char.toLowerCase()
    const marks: string[] = []
    let end = index + 1
    while (end < chars.length && isMark(chars[end] ?? '')) marks.push(chars[end++] ?? '')

    if (lower === 'c' && marks.length === 0 && next.toLowerCase() === 'h' && !isMark(chars[index + 2] ?? '')) {
      primary += PRIMARY.get('ch')
      secondary += COMMON
      tertiary += CH_CASE[char + next]
      index += 2
      continue
    }

    let element = lower
    if (LETTERS_WITH_CARON.has(lower) && marks[0] === CARON) {
      element = `${lower}${CARON}`.normalize('NFC')
      marks.shift()
    }
    let base = COMMON
    if (element === 'ł') {
      element = 'l'
      base = STROKE
    } else if (/\s/u.test(element)) {
      element = ' '
    }
    primary += PRIMARY.get(element) ?? UNKNOWN_PRIMARY
    // A stroked letter is its base letter with a stroke mark, which ranks after all other marks.
    secondary += base === COMMON ? COMMON : COMMON + base
    for (const mark of marks) secondary += MARK.get(mark) ?? UNKNOWN_MARK
    tertiary += char !== lower ? UPPER : LOWER
    for (let extra = 0; extra < marks.length + (base === COMMON ? 0 : 1); extra += 1) tertiary += LOWER
    index = end
  }
  return `${primary}${LEVEL_SEPARATOR}${secondary}${LEVEL_SEPARATOR}${tertiary}`
}
