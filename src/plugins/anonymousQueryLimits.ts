import type { CollectionBeforeOperationHook, GlobalConfig, Plugin } from 'payload'

import { clampAnonymousQuery } from '@/domain/queryLimits/clampQuery'

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

/** Operations whose arguments may return many documents at once. */
const LIST_OPERATIONS = new Set(['read', 'readDistinct'])

/**
 * Only REST and GraphQL requests of visitors who are not logged in are limited: the site's own
 * pages call the Local API (`req.payloadAPI === 'local'`) and choose their limits themselves,
 * and staff and members are accountable for their requests.
 */
const isAnonymousApiRequest = (req: { user?: unknown; payloadAPI?: string }): boolean => !req.user && req.payloadAPI !== 'local'

const clampCollectionQuery: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isAnonymousApiRequest(req)) return args
  // `read` covers both a list (find, findVersions) and one document (findByID, findVersionByID).
  const isList = LIST_OPERATIONS.has(operation) && !('id' in args)
  const query = args as { limit?: unknown; depth?: unknown; pagination?: unknown }
  return { ...args, ...clampAnonymousQuery(query, isList) }
}

const clampGlobalQuery: GlobalBeforeOperationHook = ({ args, req }) => {
  if (!isAnonymousApiRequest(req) || !args) return args
  return { ...args, depth: clampAnonymousQuery(args, false).depth }
}

/**
 * Adds the anonymous query limits (see src/domain/queryLimits) to every collection and global,
 * including those plugins add, without touching each collection's own config.
 */
export const anonymousQueryLimits = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [clampCollectionQuery, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [clampGlobalQuery, ...(global.hooks?.beforeOperation ?? [])] },
  })),
})
