/**
 * The form a name is compared in for accent-insensitive search: lower case, no diacritics,
 * single spaces ("Plzeň" and "plzen" meet as "plzen").
 */
export function searchKey(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
