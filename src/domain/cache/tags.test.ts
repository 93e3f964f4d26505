import { describe, expect, it } from 'vitest'

import { collectionTag, globalTag, tagsForPath } from './tags'

describe('tagsForPath', () => {
  it('names the data a detail page is built from, in every locale', () => {
    for (const path of ['/events/snem-2025', '/pl/events/snem-2025', '/en/events/snem-2025']) {
      expect(tagsForPath(path)).toEqual(expect.arrayContaining([collectionTag('events'), collectionTag('partners'), globalTag('site-alert')]))
    }
  })
  it('expires the home page with news, events and services', () => {
    expect(tagsForPath('/')).toEqual(
      expect.arrayContaining([collectionTag('news'), collectionTag('events'), collectionTag('services'), collectionTag('associations')]),
    )
    expect(tagsForPath('/en')).toEqual(tagsForPath('/'))
  })
  it('covers feeds, calendars and the sitemap without the layout', () => {
    expect(tagsForPath('/news/rss.xml')).toContain(collectionTag('news'))
    expect(tagsForPath('/en/events/calendar.ics')).toContain(collectionTag('events'))
    expect(tagsForPath('/seminars/gdpr/terms/abc/calendar.ics')).toContain(collectionTag('seminars'))
    expect(tagsForPath('/sitemap.xml')).toEqual(expect.arrayContaining([collectionTag('pages'), collectionTag('municipalities')]))
    expect(tagsForPath('/news/rss.xml')).not.toContain(globalTag('site-alert'))
  })
  it('expires the directory, a municipality and an association\'s statistics when a membership changes', () => {
    for (const path of ['/municipalities', '/en/municipalities/plzen', '/associations/smo-cr/statistics', '/pl/associations/smo-cr']) {
      expect(tagsForPath(path), path).toContain(collectionTag('memberships'))
    }
    expect(tagsForPath('/associations/smo-cr/statistics')).not.toContain(collectionTag('pages'))
  })
  it('treats any other plain path as a block page', () => {
    expect(tagsForPath('/o-nas/kontakty')).toContain(collectionTag('pages'))
  })
  it('never caches what belongs to a person or a form', () => {
    for (const path of [
      '/account/log-in',
      '/en/account',
      '/events/snem-2025/register',
      '/seminars/gdpr/terms/1/register',
      '/registrations/cancel',
      '/partnerships/apply',
      '/partner-regions/pl-24',
      '/account/good-practices/new',
      '/forms/dotaznik',
      '/search',
      '/admin',
      '/api/news',
      '/api/documents/file/zapis.pdf',
      '/preview',
    ]) {
      expect(tagsForPath(path), path).toBeNull()
    }
  })
  it('caches uploaded images, which are public', () => {
    expect(tagsForPath('/api/media/file/logo-card.webp')).toEqual([collectionTag('media')])
  })
})
