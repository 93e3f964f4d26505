/**
 * Admin labels in the two admin languages. Czech is the editors' working language,
 * English the fallback for everyone else; interface strings of the public site live
 * in the locale dictionaries next to this file, not here.
 */
export type AdminLabel = { cs: string; en: string }

export const label = (cs: string, en: string): AdminLabel => ({ cs, en })

/** A select option whose value is stable and whose label follows the admin language. */
export const option = (value: string, cs: string, en: string) => ({ value, label: label(cs, en) })
