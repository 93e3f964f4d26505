import { describe, expect, it } from 'vitest'

import { isBadQueryValue } from './badQueryValue'

describe('isBadQueryValue', () => {
  it.each([
    ['a NaN id (libsql)', { message: 'Failed query: select …', cause: new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments') }],
    ['an unparseable date (libsql)', { message: 'Failed query', cause: new TypeError('undefined cannot be passed as argument to the database') }],
    ['a page beyond SQLite integers', { message: 'Failed query', cause: { message: 'x', cause: new Error('datatype mismatch') } }],
    ['a where that is not JSON', new SyntaxError('Unexpected token \'o\', "nonsense" is not valid JSON')],
    ['a where that is an unterminated JSON string', new SyntaxError('Unterminated string in JSON at position 4 (line 1 column 5)')],
    ['a repeated equals (libsql)', { message: 'Failed query', cause: new Error('SQLite3 can only bind numbers, strings, bigints, buffers, and null') }],
    ['a date compared by text with a non-date (SQLite)', { message: 'Failed query', cause: new Error('SQLITE_ERROR: near "and": syntax error') }],
    ['a where cut short', new SyntaxError('Unexpected end of JSON input')],
    ['a where with text after a number ("8M(")', new SyntaxError('Unexpected non-whitespace character after JSON at position 1 (line 1 column 2)')],
    ['an operator the field lacks', new TypeError('adapter.operators[queryOperator] is not a function')],
    ['a MongoDB cast error', { name: 'CastError', message: 'Cast to ObjectId failed for value "abc"' }],
  ])('recognises %s', (_, error) => {
    expect(isBadQueryValue(error)).toBe(true)
  })

  it.each([
    ['a lost database connection', new Error('SQLITE_BUSY: database is locked')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('leaves %s a server error', (_, error) => {
    expect(isBadQueryValue(error)).toBe(false)
  })
})
