import { APIError, ValidationError, type AfterErrorHook, type CollectionBeforeOperationHook, type PayloadRequest, type TypeWithID } from 'payload'

import { passwordProblem } from '@/domain/accounts/passwordRules'
import { clientAddress } from '@/domain/security/clientAddress'
import { createMemoryRateLimiter, type RateLimiter, type RateLimitRule } from '@/domain/security/rateLimiter'
import { accountMessagesFor } from '@/i18n/accountMessages'

const MINUTE = 60_000

/**
 * Attempts allowed per client address and per account (e-mail). Per account they stop one
 * mailbox being flooded with reset or sign-up mails; per address they slow down guessing across
 * many accounts. Lock-out after 5 failed log-ins is Payload's own (`maxLoginAttempts`).
 */
export const RATE_LIMITS = {
  login: { perAddress: { limit: 20, windowMs: 10 * MINUTE }, perAccount: { limit: 10, windowMs: 10 * MINUTE } },
  forgotPassword: { perAddress: { limit: 5, windowMs: 15 * MINUTE }, perAccount: { limit: 3, windowMs: 15 * MINUTE } },
  resetPassword: { perAddress: { limit: 10, windowMs: 15 * MINUTE } },
  signUp: { perAddress: { limit: 5, windowMs: 60 * MINUTE }, perAccount: { limit: 3, windowMs: 60 * MINUTE } },
} satisfies Record<string, { perAddress: RateLimitRule; perAccount?: RateLimitRule }>

export type RateLimitedAction = keyof typeof RATE_LIMITS

/**
 * Counted in this server process (see README: with several instances, replace it by an
 * implementation over a shared store).
 */
export const rateLimiter: RateLimiter = createMemoryRateLimiter()

/** HTTP 429 on REST; the same error (statusCode 429) on GraphQL and the Local API. */
export class TooManyAttempts extends APIError<{ retryAfterSeconds: number }> {
  constructor(retryAfterSeconds: number, language: string) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
    super(accountMessagesFor(language === 'cs' ? 'cs' : 'en').errors.tooManyAttempts(minutes), 429, { retryAfterSeconds }, true)
    this.name = 'TooManyAttempts'
  }
}

type LimitArgs = { headers: PayloadRequest['headers'] | undefined; account?: unknown; language?: string }

/**
 * Throws TooManyAttempts once a client address or an account has used up its attempts. Calls
 * without a client address (scripts and tests using the Local API) count only per account.
 */
export async function enforceRateLimit(action: RateLimitedAction, { headers, account, language = 'cs' }: LimitArgs): Promise<void> {
  const rules = RATE_LIMITS[action]
  const address = clientAddress(headers)
  const checks: [string, RateLimitRule][] = []
  if (address) checks.push([`${action}:address:${address}`, rules.perAddress])
  if ('perAccount' in rules && typeof account === 'string' && account.trim()) {
    checks.push([`${action}:account:${account.trim().toLowerCase()}`, rules.perAccount])
  }
  for (const [key, rule] of checks) {
    const decision = await rateLimiter.consume(key, rule)
    if (!decision.allowed) throw new TooManyAttempts(Math.ceil(decision.retryAfterMs / 1000), language)
  }
}

function refuseWeakPassword(req: PayloadRequest, password: string, email: unknown, collection: string): void {
  const problem = passwordProblem(password, { email: typeof email === 'string' ? email : null })
  if (!problem) return
  const messages = accountMessagesFor(req.i18n?.language === 'cs' ? 'cs' : 'en')
  throw new ValidationError({ collection, errors: [{ path: 'password', message: messages.errors.password(messages.fields.password, problem) }] })
}

async function emailOfAccount(req: PayloadRequest, collection: 'members' | 'users', where: Record<string, unknown>): Promise<unknown> {
  const account = await req.payload.db.findOne<TypeWithID & { email?: string }>({ collection, req, where: where as never })
  return account?.email
}

/**
 * On both auth collections, for every API: rate limits on log-in and password reset, and the
 * password rules wherever a password is set (sign-up, account page, admin, reset link).
 */
export const accountSecurity: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const slug = collection.slug as 'members' | 'users'
  const data = (args as { data?: Record<string, unknown> }).data
  const language = req.i18n?.language
  if (operation === 'login') await enforceRateLimit('login', { headers: req.headers, account: data?.email, language })
  if (operation === 'forgotPassword') await enforceRateLimit('forgotPassword', { headers: req.headers, account: data?.email, language })
  if (operation === 'resetPassword') {
    await enforceRateLimit('resetPassword', { headers: req.headers, language })
    if (typeof data?.password === 'string') {
      refuseWeakPassword(req, data.password, await emailOfAccount(req, slug, { resetPasswordToken: { equals: data.token } }), slug)
    }
  }
  if ((operation === 'create' || operation === 'update') && typeof data?.password === 'string') {
    const id = (args as { id?: unknown }).id
    const email = data.email ?? (id !== undefined ? await emailOfAccount(req, slug, { id: { equals: id } }) : undefined)
    refuseWeakPassword(req, data.password, email, slug)
  }
  return args
}

/**
 * A locked account must look like a wrong password, or the lock-out would tell an attacker which
 * e-mails have accounts. Payload words the two errors differently; these translations make the
 * messages identical (REST and GraphQL alike) …
 */
export const loginFailureTranslations = {
  cs: { error: { emailOrPasswordIncorrect: accountMessagesFor('cs').errors.logIn, userLocked: accountMessagesFor('cs').errors.logIn } },
  en: { error: { emailOrPasswordIncorrect: accountMessagesFor('en').errors.logIn, userLocked: accountMessagesFor('en').errors.logIn } },
}

/** … and this gives GraphQL's error the same name too. */
export const hideAccountLocks: AfterErrorHook = ({ graphqlResult }) => {
  if (graphqlResult?.extensions?.name !== 'LockedAuth') return
  return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' } } }
}
