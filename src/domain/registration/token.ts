import { createHash, createHmac, randomBytes } from 'node:crypto'

/**
 * The secret link of a registration (cancel, download, erase) carries a token that only the
 * registrant's e-mail contains. The database keeps a random salt and the token's SHA-256 hash:
 * the hash finds the registration, and the token can be recomputed from the salt with the
 * server's secret when an e-mail is (re)sent, so the token itself is stored nowhere.
 */
export const newTokenSalt = (): string => randomBytes(16).toString('base64url')

export const registrationToken = (secret: string, salt: string): string =>
  createHmac('sha256', secret).update(`registration-link:${salt}`).digest('base64url')

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** 32 bytes in base64url; anything else is refused before the database is asked. */
export const isWellFormedToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value)
