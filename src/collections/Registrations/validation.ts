import type { RelationshipFieldSingleValidation } from 'payload'

/** A registration is for exactly one event or one seminar (term), never both or neither. */
export const exactlyOneTarget: RelationshipFieldSingleValidation = (value, { siblingData, req }) => {
  const targets = [value, (siblingData as { seminar?: unknown }).seminar].filter((target) => target !== null && target !== undefined && target !== '')
  if (targets.length === 1) return true
  return req.i18n.language === 'cs'
    ? 'Registrace musí patřit právě k jedné akci nebo jednomu semináři.'
    : 'A registration belongs to exactly one event or one seminar.'
}
