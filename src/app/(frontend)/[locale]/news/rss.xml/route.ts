import { newsFeedFor, xmlResponse } from '@/site/feeds'

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const feed = await newsFeedFor((await params).locale)
  if (!feed) return new Response('Not found', { status: 404 })
  return xmlResponse(feed.rss2(), 'application/rss+xml')
}
