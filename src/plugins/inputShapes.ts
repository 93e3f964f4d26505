import { ValidationError, type CollectionBeforeOperationHook, type CollectionConfig, type Field, type Plugin } from 'payload'

import { shapeMessage, shapeProblems, type ShapeField } from '@/domain/validation/shape'

const WRITE_OPERATIONS = new Set(['create', 'update', 'updateByID'])

/** The fields of a collection as shapes; presentational containers (rows, collapsibles, unnamed tabs and groups) add no level. */
export function shapeFieldsOf(fields: readonly Field[]): ShapeField[] {
  return fields.flatMap((field): ShapeField[] => {
    switch (field.type) {
      case 'group':
        return 'name' in field && field.name ? [{ name: field.name, kind: 'group', fields: shapeFieldsOf(field.fields) }] : shapeFieldsOf(field.fields)
      case 'array':
        return [{ name: field.name, kind: 'array', fields: shapeFieldsOf(field.fields) }]
      case 'blocks':
        return [{ name: field.name, kind: 'blocks', blocks: Object.fromEntries((field.blocks ?? []).map((block) => [block.slug, shapeFieldsOf(block.fields)])) }]
      case 'date':
        return [{ name: field.name, kind: 'date' }]
      case 'row':
      case 'collapsible':
        return shapeFieldsOf(field.fields)
      case 'tabs':
        return field.tabs.flatMap((tab): ShapeField[] =>
          'name' in tab && tab.name ? [{ name: tab.name, kind: 'group', fields: shapeFieldsOf(tab.fields) }] : shapeFieldsOf(tab.fields),
        )
      default:
        return []
    }
  })
}

function checkShapes(collection: CollectionConfig): CollectionBeforeOperationHook {
  const timestamps: ShapeField[] = collection.timestamps === false ? [] : [{ name: 'createdAt', kind: 'date' }, { name: 'updatedAt', kind: 'date' }]
  const shapes = [...timestamps, ...shapeFieldsOf(collection.fields)]
  return ({ args, operation, req }) => {
    // The site's own code (Local API) builds its data itself; `locale=all` writes carry per-locale objects.
    if (!WRITE_OPERATIONS.has(operation) || req.payloadAPI === 'local' || req.locale === 'all') return args
    const data: unknown = (args as { data?: unknown }).data
    // An upload may come as a file alone; Payload then fills the data from the file.
    if (data === undefined && req.file) return args
    const problems = shapeProblems(shapes, data)
    if (problems.length === 0) return args
    const language = req.i18n?.language ?? 'cs'
    throw new ValidationError({ collection: collection.slug, errors: problems.map((problem) => ({ path: problem.path, message: shapeMessage(language, problem) })), req })
  }
}

/**
 * Refuses REST and GraphQL writes whose data has the wrong shape (see src/domain/validation/shape)
 * with a 400 naming the fields, on every collection, including those plugins add.
 */
export const inputShapes = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [checkShapes(collection), ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
