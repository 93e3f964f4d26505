/** Kinds of municipality, in Czech law (statutární město, město, městys, obec) and Polish (gmina). */
export const MUNICIPALITY_KINDS = ['statutory-city', 'town', 'market-town', 'municipality', 'gmina', 'other'] as const
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number]

/** The union's chambers: statutory cities; towns and market towns; municipalities. */
export const CHAMBERS = ['statutory-cities', 'towns', 'municipalities'] as const
export type Chamber = (typeof CHAMBERS)[number]

export function chamberOf(kind: MunicipalityKind): Chamber | null {
  switch (kind) {
    case 'statutory-city':
      return 'statutory-cities'
    case 'town':
    case 'market-town':
      return 'towns'
    case 'municipality':
      return 'municipalities'
    default:
      return null
  }
}

/**
 * The 26 statutory cities of the Czech Republic (zákon č. 128/2000 Sb., § 4) by RÚIAN code.
 * Prague is a region and a city of its own and is counted with them.
 */
export const STATUTORY_CITY_CODES: ReadonlySet<string> = new Set([
  '554782', // Praha
  '582786', // Brno
  '554821', // Ostrava
  '554791', // Plzeň
  '563889', // Liberec
  '500496', // Olomouc
  '544256', // České Budějovice
  '569810', // Hradec Králové
  '554804', // Ústí nad Labem
  '555134', // Pardubice
  '585068', // Zlín
  '555088', // Havířov
  '532053', // Kladno
  '567027', // Most
  '505927', // Opava
  '598003', // Frýdek-Místek
  '554961', // Karlovy Vary
  '598917', // Karviná
  '586846', // Jihlava
  '567442', // Teplice
  '562335', // Děčín
  '562971', // Chomutov
  '511382', // Přerov
  '563510', // Jablonec nad Nisou
  '535419', // Mladá Boleslav
  '589250', // Prostějov
  '590266', // Třebíč
])
