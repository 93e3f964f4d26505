/** Region names in the three interface languages of the portal. */
export type RegionNames = Readonly<{ cs: string; pl: string; en: string }>

/**
 * The 14 regions (kraje) of the Czech Republic under their RÚIAN codes, with the official
 * Czech name and its usual Polish and English renderings. Prague is a region and a
 * municipality at once.
 */
export const CZECH_REGIONS = [
  { code: '19', name: { cs: 'Hlavní město Praha', pl: 'Stołeczne Miasto Praga', en: 'Capital City of Prague' } },
  { code: '27', name: { cs: 'Středočeský kraj', pl: 'Kraj środkowoczeski', en: 'Central Bohemian Region' } },
  { code: '35', name: { cs: 'Jihočeský kraj', pl: 'Kraj południowoczeski', en: 'South Bohemian Region' } },
  { code: '43', name: { cs: 'Plzeňský kraj', pl: 'Kraj pilzneński', en: 'Plzeň Region' } },
  { code: '51', name: { cs: 'Karlovarský kraj', pl: 'Kraj karlowarski', en: 'Karlovy Vary Region' } },
  { code: '60', name: { cs: 'Ústecký kraj', pl: 'Kraj ustecki', en: 'Ústí nad Labem Region' } },
  { code: '78', name: { cs: 'Liberecký kraj', pl: 'Kraj liberecki', en: 'Liberec Region' } },
  { code: '86', name: { cs: 'Královéhradecký kraj', pl: 'Kraj hradecki', en: 'Hradec Králové Region' } },
  { code: '94', name: { cs: 'Pardubický kraj', pl: 'Kraj pardubicki', en: 'Pardubice Region' } },
  { code: '108', name: { cs: 'Kraj Vysočina', pl: 'Kraj Wysoczyna', en: 'Vysočina Region' } },
  { code: '116', name: { cs: 'Jihomoravský kraj', pl: 'Kraj południowomorawski', en: 'South Moravian Region' } },
  { code: '124', name: { cs: 'Olomoucký kraj', pl: 'Kraj ołomuniecki', en: 'Olomouc Region' } },
  { code: '132', name: { cs: 'Moravskoslezský kraj', pl: 'Kraj morawsko-śląski', en: 'Moravian-Silesian Region' } },
  { code: '141', name: { cs: 'Zlínský kraj', pl: 'Kraj zliński', en: 'Zlín Region' } },
] as const satisfies readonly { code: string; name: RegionNames }[]

export type CzechRegionCode = (typeof CZECH_REGIONS)[number]['code']

const regionCodes: ReadonlySet<string> = new Set(CZECH_REGIONS.map((region) => region.code))

export const isCzechRegionCode = (code: string): code is CzechRegionCode => regionCodes.has(code)
