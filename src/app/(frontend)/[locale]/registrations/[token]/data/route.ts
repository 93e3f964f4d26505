import { findByToken, personalData } from '@/collections/Registrations/service'
import { isLocale } from '@/domain/locale/locales'
import { payloadClient } from '@/lib/payload'

const privateHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' }

/** "Download my data": what the portal keeps about the registrant, as a JSON file. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params
  const payload = await payloadClient()
  const registration = await findByToken(payload, token)
  if (!registration || !isLocale(locale)) return Response.json({ message: 'Not found' }, { status: 404, headers: privateHeaders })
  return new Response(JSON.stringify(await personalData(payload, registration, locale), null, 2), {
    headers: { ...privateHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="registration.json"' },
  })
}
