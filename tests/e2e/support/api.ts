/** The portal's REST API as a signed-in admin of the demo content, for setting up end-to-end scenarios. */
export type AdminApi = {
  baseURL: string
  token: string
  create: <T = Record<string, unknown>>(collection: string, data: Record<string, unknown>, locale?: string) => Promise<T & { id: number | string }>
  update: <T = Record<string, unknown>>(collection: string, id: number | string, data: Record<string, unknown>, locale?: string) => Promise<T>
  /** Saves a draft version; the published version stays what visitors see. */
  saveDraft: (collection: string, id: number | string, data: Record<string, unknown>, locale: string) => Promise<void>
  remove: (collection: string, id: number | string) => Promise<void>
  find: <T = Record<string, unknown>>(collection: string, query: string) => Promise<{ docs: (T & { id: number | string })[] }>
  upload: (collection: 'media' | 'documents', file: { name: string; type: string; data: Uint8Array<ArrayBuffer> }, fields: Record<string, unknown>) => Promise<{ id: number | string }>
}

export const SEED_ADMIN = { email: 'admin@municipia.local', password: process.env.SEED_ADMIN_PASSWORD || 'municipia-demo' }

export async function adminApi(baseURL: string): Promise<AdminApi> {
  const login = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(SEED_ADMIN) })
  if (!login.ok) throw new Error(`Admin login failed: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}` }

  const call = async <T>(method: string, path: string, body?: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${baseURL}/api/${path}`, {
      method,
      headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} /api/${path} → ${response.status}: ${text}`)
    return (text ? JSON.parse(text) : {}) as T
  }
  const localeQuery = (locale?: string) => (locale ? `?locale=${locale}` : '')

  return {
    baseURL,
    token,
    create: async (collection, data, locale) => (await call<{ doc: never }>('POST', `${collection}${localeQuery(locale)}`, data)).doc,
    update: async (collection, id, data, locale) => (await call<{ doc: never }>('PATCH', `${collection}/${id}${localeQuery(locale)}`, data)).doc,
    saveDraft: async (collection, id, data, locale) => {
      await call('PATCH', `${collection}/${id}?draft=true&locale=${locale}`, { ...data, _status: 'draft' })
    },
    remove: async (collection, id) => {
      await call('DELETE', `${collection}/${id}`)
    },
    find: (collection, query) => call('GET', `${collection}?${query}`),
    upload: async (collection, file, fields) => {
      const form = new FormData()
      form.append('file', new Blob([file.data], { type: file.type }), file.name)
      form.append('_payload', JSON.stringify(fields))
      const response = await fetch(`${baseURL}/api/${collection}`, { method: 'POST', headers, body: form })
      if (!response.ok) throw new Error(`Upload to ${collection} failed: ${response.status} ${await response.text()}`)
      return ((await response.json()) as { doc: { id: number | string } }).doc
    },
  }
}
