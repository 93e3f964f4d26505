import type { Chamber } from '@/domain/municipalities/kinds'

/** Admin and export names of the chambers (cs, en). */
export const chamberLabels: Record<Chamber | 'none', [cs: string, en: string]> = {
  'statutory-cities': ['Komora statutárních měst', 'Chamber of statutory cities'],
  towns: ['Komora měst a městysů', 'Chamber of towns and market towns'],
  municipalities: ['Komora obcí', 'Chamber of municipalities'],
  none: ['Bez komory', 'No chamber'],
}
