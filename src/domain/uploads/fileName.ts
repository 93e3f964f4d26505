import { slugify } from '../slug/slugify'

const MAX_BASE_LENGTH = 80

/**
 * The name an upload is stored under: transliterated and lower-case (no háčky, no path
 * separators, no control or shell characters), with the extension of the type the content
 * really is, so "Pozvánka na sněm 2025/../x.exe" detected as PDF becomes "x.pdf" and never
 * keeps an extension a browser or a server would treat differently.
 */
export function normaliseFileName(declaredName: string, extension: string): string {
  // Only the last path segment counts: a name is never a path, whichever separator it uses.
  const lastSegment = declaredName.split(/[/\\]/).pop() ?? ''
  const withoutControls = lastSegment.replace(/\p{Cc}/gu, '')
  const dot = withoutControls.lastIndexOf('.')
  const base = dot > 0 ? withoutControls.slice(0, dot) : withoutControls
  const slug = slugify(base).slice(0, MAX_BASE_LENGTH).replace(/-+$/g, '')
  return `${slug || 'soubor'}.${extension.toLowerCase()}`
}
