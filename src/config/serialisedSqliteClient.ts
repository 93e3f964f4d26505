import { createClient, type Client, type InArgs, type InStatement, type ResultSet, type Transaction } from '@libsql/client'

/**
 * SQLite allows one writer at a time, and libsql's local client runs statements synchronously on
 * the event loop. Left alone, two Payload transactions in one process collide: the second BEGIN
 * either fails at once with SQLITE_BUSY (libsql opens a fresh connection per transaction, without
 * the adapter's busy_timeout) or, with a busy timeout, blocks the event loop so the first
 * transaction can never finish. So every write of the process goes through one writer connection,
 * one at a time, in arrival order; reads keep their own connection and, thanks to WAL, never wait.
 * Other processes on the same file (a second server, a CLI script) are kept out by SQLite's own
 * lock: the writer's BEGIN IMMEDIATE waits up to the busy timeout for them.
 */
export function createSerialisedSqliteClient(url: string, options: { busyTimeoutMs: number; queueTimeoutMs: number }): Client {
  const reader = createClient({ url })
  const writer = createClient({ url })
  const queue = new WriterQueue(options.queueTimeoutMs)
  const prepared = Promise.all([reader, writer].map((client) => client.execute(`PRAGMA busy_timeout = ${options.busyTimeoutMs}`)))

  const onWriter = async <T>(work: () => Promise<T>): Promise<T> => {
    await prepared
    const release = await queue.acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }

  const client: Client = {
    get closed() {
      return writer.closed
    },
    protocol: writer.protocol,
    async execute(statement: InStatement | string, args?: InArgs): Promise<ResultSet> {
      const stmt: InStatement = typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement
      await prepared
      if (isPerConnectionPragma(stmt)) {
        // Per-connection settings from the adapter (busy_timeout, synchronous) belong on both connections.
        const [result] = await Promise.all([reader.execute(stmt), onWriter(() => writer.execute(stmt))])
        return result
      }
      return isReadOnly(stmt) ? reader.execute(stmt) : onWriter(() => writer.execute(stmt))
    },
    batch: (statements, mode) => onWriter(() => writer.batch(statements, mode)),
    migrate: (statements) => onWriter(() => writer.migrate(statements)),
    executeMultiple: (sql) => onWriter(() => writer.executeMultiple(sql)),
    sync: () => writer.sync(),
    // Always BEGIN IMMEDIATE, whatever mode is asked for: a deferred transaction that reads first
    // cannot become the writer once another process has written, and fails instead of waiting.
    async transaction(): Promise<Transaction> {
      await prepared
      const release = await queue.acquire()
      try {
        await writer.execute('BEGIN IMMEDIATE')
      } catch (error) {
        release()
        throw error
      }
      return new WriterTransaction(writer, release)
    },
    close() {
      reader.close()
      writer.close()
    },
  } as Client
  return client
}

/** A transaction on the shared writer connection; it holds the queue until it commits or rolls back. */
class WriterTransaction implements Transaction {
  #open = true

  constructor(
    private readonly writer: Client,
    private readonly release: () => void,
  ) {}

  get closed() {
    return !this.#open
  }

  execute(statement: InStatement | string, args?: InArgs): Promise<ResultSet> {
    this.#ensureOpen()
    return this.writer.execute(typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement)
  }

  async batch(statements: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const statement of statements) results.push(await this.execute(statement))
    return results
  }

  executeMultiple(sql: string): Promise<void> {
    this.#ensureOpen()
    return this.writer.executeMultiple(sql)
  }

  commit(): Promise<void> {
    return this.#finish('COMMIT')
  }

  rollback(): Promise<void> {
    return this.#open ? this.#finish('ROLLBACK') : Promise.resolve()
  }

  close(): void {
    if (this.#open) void this.#finish('ROLLBACK')
  }

  async #finish(statement: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    this.#ensureOpen()
    this.#open = false
    try {
      await this.writer.execute(statement)
    } catch (error) {
      // A failed COMMIT leaves SQLite inside the transaction; end it before the next writer starts.
      await this.writer.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      this.release()
    }
  }

  #ensureOpen() {
    if (!this.#open) throw new Error('The transaction is already committed or rolled back.')
  }
}

/** First come, first served; a waiter gives up after `timeoutMs` so a stuck writer shows up as an error, not a hang. */
class WriterQueue {
  #busy = false
  #waiting: Array<() => void> = []

  constructor(private readonly timeoutMs: number) {}

  acquire(): Promise<() => void> {
    if (!this.#busy) {
      this.#busy = true
      return Promise.resolve(this.#releaser())
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(this.#releaser())
      }
      const timer = setTimeout(() => {
        this.#waiting = this.#waiting.filter((waiter) => waiter !== grant)
        reject(new Error(`The database stayed busy for ${this.timeoutMs / 1000} s: another write did not finish.`))
      }, this.timeoutMs)
      this.#waiting.push(grant)
    })
  }

  #releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#waiting.shift()
      if (next) next()
      else this.#busy = false
    }
  }
}

const sqlOf = (statement: InStatement): string => (typeof statement === 'string' ? statement : statement.sql)

const isReadOnly = (statement: InStatement): boolean => /^\s*(select|explain)\b/i.test(sqlOf(statement)) || /^\s*pragma\s+[\w.]+\s*;?\s*$/i.test(sqlOf(statement))

const isPerConnectionPragma = (statement: InStatement): boolean => /^\s*pragma\s+(busy_timeout|synchronous)\s*=/i.test(sqlOf(statement))
