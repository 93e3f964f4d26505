/** Size bands used to compare municipalities of similar size. */
export const SIZE_BANDS = ['under-500', '500-1999', '2000-9999', '10000-49999', '50000-plus', 'unknown'] as const
export type SizeBand = (typeof SIZE_BANDS)[number]

export const sizeBandLabels: Record<SizeBand, [cs: string, en: string]> = {
  'under-500': ['do 500 obyvatel', 'under 500 inhabitants'],
  '500-1999': ['500–1 999 obyvatel', '500–1,999 inhabitants'],
  '2000-9999': ['2 000–9 999 obyvatel', '2,000–9,999 inhabitants'],
  '10000-49999': ['10 000–49 999 obyvatel', '10,000–49,999 inhabitants'],
  '50000-plus': ['50 000 a více obyvatel', '50,000 inhabitants and more'],
  unknown: ['neznámá', 'unknown'],
}

export function sizeBandOf(population: number | null | undefined): SizeBand {
  if (population === null || population === undefined || !Number.isFinite(population) || population < 0) return 'unknown'
  if (population < 500) return 'under-500'
  if (population < 2000) return '500-1999'
  if (population < 10000) return '2000-9999'
  if (population < 50000) return '10000-49999'
  return '50000-plus'
}
