import type { PublicSiteFixtures } from './publicSiteFixtures'

/** One example of every page template of the public site, by path without locale prefix. */
export function pageTemplates(fixtures: PublicSiteFixtures): { template: string; path: string; status: number }[] {
  return [
    { template: 'home', path: '/', status: 200 },
    { template: 'news list', path: '/news', status: 200 },
    { template: 'news detail', path: '/news/krajska-setkani-2025-klicove-informace', status: 200 },
    { template: 'events list (upcoming)', path: '/events', status: 200 },
    { template: 'events list (past, filtered)', path: '/events?when=past&kind=regional-meeting', status: 200 },
    { template: 'event detail', path: `/events/${fixtures.event.slug}`, status: 200 },
    { template: 'event series', path: '/event-series/krajska-setkani-2025', status: 200 },
    { template: 'seminars list', path: '/seminars', status: 200 },
    { template: 'seminar detail', path: `/seminars/${fixtures.seminar.slug}`, status: 200 },
    { template: 'services list', path: '/services', status: 200 },
    { template: 'service detail', path: '/services/smopk-seminare', status: 200 },
    { template: 'associations list', path: '/associations', status: 200 },
    { template: 'association detail', path: '/associations/smo-cr', status: 200 },
    { template: 'association statistics', path: '/associations/smo-cr/statistics', status: 200 },
    { template: 'commission detail', path: '/commissions/kismo', status: 200 },
    { template: 'municipality directory', path: '/municipalities', status: 200 },
    { template: 'municipality detail', path: '/municipalities/plzen', status: 200 },
    { template: 'good practices list', path: '/good-practices', status: 200 },
    { template: 'good practice detail', path: `/good-practices/${fixtures.goodPractice.slug}`, status: 200 },
    { template: 'block page with breadcrumbs', path: fixtures.childPage.path, status: 200 },
    { template: 'search results', path: '/search?q=plzen', status: 200 },
    { template: 'accessibility statement', path: '/accessibility', status: 200 },
    { template: 'partner regions', path: '/partner-regions', status: 200 },
    { template: 'members-only article as a teaser', path: `/news/${fixtures.membersOnlyNews.slug}`, status: 200 },
    // The member portal's pages for visitors, inside the site's header and footer.
    { template: 'member log-in', path: '/account/log-in', status: 200 },
    { template: 'member sign-up', path: '/account/sign-up', status: 200 },
    { template: 'forgotten password', path: '/account/forgot-password', status: 200 },
    { template: 'not found (404)', path: '/this-page-does-not-exist', status: 404 },
  ]
}
