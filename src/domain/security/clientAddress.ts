type HeaderReader = { get(name: string): string | null }

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For (a proxy
 * appends the peer it talked to; entries further left are whatever the client claimed), else
 * X-Real-IP. Next.js itself sets X-Forwarded-For to the socket address when it is missing.
 */
export function clientAddress(headers: HeaderReader | undefined | null): string | undefined {
  const forwarded = headers?.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1)
  return last || headers?.get('x-real-ip')?.trim() || undefined
}
