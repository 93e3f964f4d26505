/**
 * The shape of a document as its fields describe it: a group is an object, an array or a set of
 * blocks is a list of objects, a timestamp is a date. Payload's own field validation assumes the
 * shape is right and fails with a TypeError (a 500) on `"contact": null` or `"createdAt": "xx"`;
 * checking the shape first turns such input into a 400 that names the field.
 */
export type ShapeField =
  | { name: string; kind: 'group'; fields: ShapeField[] }
  | { name: string; kind: 'array'; fields: ShapeField[] }
  | { name: string; kind: 'blocks'; blocks: Record<string, ShapeField[]> }
  | { name: string; kind: 'date' }

export type ShapeProblem = { path: string; expected: 'object' | 'list' | 'date' | 'block' }

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A date Payload can store: a Date, or a string or number `new Date` reads as a real date. */
export const isDateValue = (value: unknown): boolean =>
  value instanceof Date ? !Number.isNaN(value.getTime()) : (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())

/**
 * Where `data` does not have the shape of `fields`. Absent values are fine, and so is null
 * (it clears a field) except for a group, which Payload always reads into; localized values (`{ cs: …, en: … }` with `locale=all`) are not
 * unpicked here, which only means their inner shape is left to Payload.
 */
export function shapeProblems(fields: readonly ShapeField[], data: unknown, prefix = ''): ShapeProblem[] {
  if (!isPlainObject(data)) return [{ path: prefix || '(document)', expected: 'object' }]
  const problems: ShapeProblem[] = []
  for (const field of fields) {
    const value = data[field.name]
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if (value === undefined || (value === null && field.kind !== 'group')) continue
    if (field.kind === 'date') {
      if (!isDateValue(value)) problems.push({ path, expected: 'date' })
    } else if (field.kind === 'group') {
      problems.push(...(isPlainObject(value) ? shapeProblems(field.fields, value, path) : [{ path, expected: 'object' as const }]))
    } else if (!Array.isArray(value)) {
      problems.push({ path, expected: 'list' })
    } else {
      value.forEach((row, index) => {
        const rowPath = `${path}.${index}`
        if (field.kind === 'array') {
          problems.push(...shapeProblems(field.fields, row, rowPath))
          return
        }
        const blockFields = isPlainObject(row) && typeof row.blockType === 'string' ? field.blocks[row.blockType] : undefined
        problems.push(...(blockFields ? shapeProblems(blockFields, row, rowPath) : [{ path: rowPath, expected: 'block' as const }]))
      })
    }
  }
  return problems
}

const EXPECTED = {
  cs: { object: 'skupina polí (objekt)', list: 'seznam', date: 'platné datum', block: 'blok známého typu' },
  en: { object: 'a group of fields (an object)', list: 'a list', date: 'a valid date', block: 'a block of a known type' },
} as const

export const shapeMessage = (language: string, problem: ShapeProblem): string =>
  language === 'cs'
    ? `${problem.path}: nesprávný tvar hodnoty, očekává se ${EXPECTED.cs[problem.expected]}.`
    : `${problem.path}: the value has the wrong shape; expected ${EXPECTED.en[problem.expected]}.`
