/**
 * Sets up content on a running portal the way an administrator would: the first user of a fresh
 * database registers as admin, then everything goes through the REST API with that admin's token.
 */
export type PortalAdmin = {
  /** The admin's session token, for the `payload-token` cookie of a browser. */
  token: string
  call: (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<Record<string, unknown>>
}

export async function firstAdmin(baseURL: string): Promise<PortalAdmin> {
  const response = await fetch(`${baseURL}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@portal-test.municipia.local', password: 'Heslo-pro-testy-2025', name: 'Správce testů', role: 'admin' }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`first-register failed: ${response.status} ${JSON.stringify(body)}`)
  const token = body.token
  return {
    token,
    async call(method, path, data) {
      const result = await fetch(`${baseURL}/api/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: data === undefined ? undefined : JSON.stringify(data),
      })
      const json = (await result.json()) as Record<string, unknown>
      if (!result.ok) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(json).slice(0, 500)}`)
      return json
    },
  }
}

/** A published event of a new association whose registration is open now. */
export async function createOpenEvent(admin: PortalAdmin, options: { title: string; capacity: number; startsAt?: string }): Promise<{ id: string | number; slug: string }> {
  const association = (await admin.call('POST', 'associations', { name: 'Svaz měst a obcí České republiky', shortName: `SMO ${Date.now()}`, kind: 'national', country: 'CZ' })).doc as { id: string | number }
  const startsAt = options.startsAt ?? new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString()
  const { doc } = (await admin.call('POST', 'events', {
    title: options.title,
    kind: 'regional-meeting',
    startsAt,
    timeZone: 'Europe/Prague',
    association: association.id,
    venue: { name: 'Krajský úřad Plzeňského kraje', address: { street: 'Škroupova 1760/18', postalCode: '301 00', city: 'Plzeň' } },
    registration: {
      enabled: true,
      opensAt: new Date(Date.now() - 3600 * 1000).toISOString(),
      capacity: options.capacity,
      waitlist: true,
      consentText: 'Souhlasím, aby pořadatel zpracoval údaje z této registrace pro organizaci akce.',
      consentVersion: '2025-01',
    },
    _status: 'published',
  })) as { doc: { id: string | number; slug: string } }
  return doc
}
