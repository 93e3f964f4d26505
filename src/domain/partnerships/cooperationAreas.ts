/** The eight areas of cooperation the Central Bohemian region offers to match partners in. */
export const COOPERATION_AREAS = [
  'schools-youth',
  'culture',
  'tourism',
  'municipal-experience',
  'business',
  'science-innovation',
  'social-services',
  'public-institutions',
] as const
export type CooperationArea = (typeof COOPERATION_AREAS)[number]

export const cooperationAreaLabels: Record<CooperationArea, [cs: string, en: string]> = {
  'schools-youth': ['Spolupráce škol a výměny mládeže', 'Schools and youth exchange'],
  culture: ['Kultura', 'Culture'],
  tourism: ['Cestovní ruch', 'Tourism'],
  'municipal-experience': ['Sdílení zkušeností samospráv a výměny zaměstnanců', 'Exchange of municipal experience and staff'],
  business: ['Podpora podnikání', 'Business support'],
  'science-innovation': ['Věda, výzkum a inovace', 'Science, research and innovation'],
  'social-services': ['Sociální oblast', 'Social services'],
  'public-institutions': ['Další instituce (knihovny, policie, muzea, sportovní kluby)', 'Other public institutions (libraries, police, museums, sports clubs)'],
}
