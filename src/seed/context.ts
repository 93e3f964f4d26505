import type {
  CollectionSlug,
  DataFromCollectionSlug,
  GlobalSlug,
  Payload,
  PayloadRequest,
  RequiredDataFromCollectionSlug,
  Where,
} from 'payload'

/** What one seed run did, per collection and global. */
export interface CollectionTally {
  created: number
  /** Found by its natural key and left as it was. */
  existing: number
  /** Found, and completed with something the seed needs (a membership, a partner region). */
  updated: number
}

export interface SeedReport {
  collections: Partial<Record<CollectionSlug, CollectionTally>>
  globals: Partial<Record<GlobalSlug, 'written' | 'kept'>>
  durationMs: number
}

export const createdInTotal = (report: SeedReport): number =>
  Object.values(report.collections).reduce((sum, tally) => sum + (tally?.created ?? 0), 0)

export type Locale = 'cs' | 'pl' | 'en'
export type OtherLocale = Exclude<Locale, 'cs'>

/**
 * The values of a document in one more locale. Arrays are given row by row in the order the
 * Czech rows were written; each row is laid over the stored row with the same index, so the
 * row keeps its id and its Czech values (see `overlay`). Block rows name their block type.
 */
export type Patch<T> = T extends object ? { [K in keyof T]?: PatchValue<T[K]> } & Pick<T, Extract<keyof T, 'blockType'>> : never
// `[Row]` keeps a union of row types (blocks) together: rows of different kinds share one array.
type PatchValue<V> = V extends readonly (infer Row)[] ? ([Row] extends [object] ? Patch<Row>[] : V) : V
export type Translations<T> = Partial<Record<OtherLocale, Patch<T>>>

/** Looks up ids of documents written earlier in the run by their natural key. */
export class Refs<Key extends string, Id> {
  private readonly ids = new Map<Key, Id>()

  constructor(private readonly what: string) {}

  set(key: Key, id: Id): void {
    this.ids.set(key, id)
  }

  get(key: Key): Id {
    const id = this.ids.get(key)
    if (id === undefined) throw new Error(`Seed: ${this.what} "${key}" has not been written yet`)
    return id
  }
}

type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Lays a translation over the stored document: top-level values replace the stored ones, and
 * arrays (array fields, blocks) are merged row by row, recursively, keeping each stored row's id,
 * block type and untranslated fields. Without the row ids Payload would replace the rows and
 * drop their values in the other locales.
 */
export function overlay(stored: Row, patch: Row): Row {
  const result: Row = {}
  for (const [key, value] of Object.entries(patch)) {
    const current = stored[key]
    result[key] = Array.isArray(value) && Array.isArray(current) ? overlayRows(current, value) : value
  }
  return result
}

function overlayRows(stored: unknown[], patch: unknown[]): unknown[] {
  return stored.map((row, index) => {
    const rowPatch = patch[index]
    if (!isRow(row) || !isRow(rowPatch)) return row
    const merged: Row = { ...row }
    for (const [key, value] of Object.entries(rowPatch)) {
      const current = row[key]
      merged[key] = Array.isArray(value) && Array.isArray(current) ? overlayRows(current, value) : value
    }
    return merged
  })
}

interface EnsureArgs<S extends CollectionSlug> {
  collection: S
  /** The natural key: at most one document matches it. */
  where: Where
  /** Czech (default-locale) data, built only when the document is missing. */
  data: () => RequiredDataFromCollectionSlug<S>
  translations?: Translations<RequiredDataFromCollectionSlug<S>>
}

/**
 * Everything a seed step needs: the Payload instance, the request that carries the run's
 * transaction, the log and the tallies of the report.
 */
export class SeedContext {
  readonly report: SeedReport = { collections: {}, globals: {}, durationMs: 0 }
  /** The tallies at the last progress line, so each line tells what its own step did. */
  private readonly logged: Partial<Record<CollectionSlug, CollectionTally>> = {}
  private lastStepAt = Date.now()

  constructor(
    readonly payload: Payload,
    readonly req: PayloadRequest,
    /** Whether `req` carries a transaction, which rolls back the whole run on failure. */
    private readonly inTransaction: boolean,
    readonly log: (line: string) => void,
  ) {}

  /** Options every Local API call of the seed shares: no user, the run's transaction, ids only. */
  get asSeed() {
    return { overrideAccess: true, depth: 0, req: this.req } as const
  }

  tally(collection: CollectionSlug, outcome: keyof CollectionTally): void {
    const tally = (this.report.collections[collection] ??= { created: 0, existing: 0, updated: 0 })
    tally[outcome] += 1
  }

  /** One progress line per step: what it did in each collection it wrote, and how long it took. */
  logStep(step: string, collections: readonly CollectionSlug[], detail?: string): void {
    const zero: CollectionTally = { created: 0, existing: 0, updated: 0 }
    const parts = collections.map((collection) => {
      const now = { ...(this.report.collections[collection] ?? zero) }
      const before = this.logged[collection] ?? zero
      this.logged[collection] = now
      const updated = now.updated > before.updated ? `, ${now.updated - before.updated} completed` : ''
      return `${collection} ${now.created - before.created} new, ${now.existing - before.existing} present${updated}`
    })
    const ms = Date.now() - this.lastStepAt
    this.lastStepAt = Date.now()
    this.log(`✔ ${step}: ${[...parts, ...(detail ? [detail] : [])].join('; ')} (${(ms / 1000).toFixed(1)} s)`)
  }

  async findId<S extends CollectionSlug>(collection: S, where: Where): Promise<DataFromCollectionSlug<S>['id'] | undefined> {
    const { docs } = await this.payload.find({ collection, where, limit: 1, pagination: false, ...this.asSeed })
    return docs[0]?.id
  }

  /**
   * Finds a document by its natural key, or creates it in Czech and then adds the other
   * locales. A document that exists is left exactly as it is, so editors' changes survive a
   * second run and nothing is duplicated.
   */
  async ensure<S extends CollectionSlug>({ collection, where, data, translations }: EnsureArgs<S>): Promise<DataFromCollectionSlug<S>['id']> {
    const existing = await this.findId(collection, where)
    if (existing !== undefined) {
      this.tally(collection, 'existing')
      return existing
    }
    const created = await this.payload.create({ collection, data: data(), locale: 'cs', ...this.asSeed })
    try {
      for (const [locale, patch] of Object.entries(translations ?? {}) as [OtherLocale, Row][]) {
        if (Object.keys(patch).length > 0) await this.translate(collection, created.id, locale, patch)
      }
    } catch (error) {
      // Without a transaction, a document missing its translations would count as present on
      // the next run and never get them; removing it lets the next run write it whole.
      if (!this.inTransaction) await this.payload.delete({ collection, id: created.id, ...this.asSeed })
      throw error
    }
    this.tally(collection, 'created')
    return created.id
  }

  private async translate(collection: CollectionSlug, id: number | string, locale: OtherLocale, patch: Row): Promise<void> {
    // Read without fallback, so untranslated fields of array rows stay empty in this locale.
    const stored = await this.payload.findByID({ collection, id, locale, fallbackLocale: false, ...this.asSeed })
    await this.payload.update({
      collection,
      id,
      locale,
      // `overlay` works on plain records; the patch was typed against this collection by `ensure`.
      data: overlay(stored as unknown as Row, patch) as never,
      ...this.asSeed,
    })
  }
}
