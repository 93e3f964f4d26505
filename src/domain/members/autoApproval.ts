/**
 * Whether a new member may be approved without an editor because their e-mail address belongs to
 * their municipality's own domain, e.g. `starosta@obec-lhota.cz` for `https://www.obec-lhota.cz`.
 * An address on a subdomain of the website's domain counts (only the domain owner controls
 * those); a website on a subdomain of the e-mail's domain does not (`obec.webnode.cz` must not
 * approve everyone at `webnode.cz`). Free mail providers never count.
 */

const FREE_MAIL_DOMAINS = new Set([
  'seznam.cz',
  'email.cz',
  'post.cz',
  'centrum.cz',
  'atlas.cz',
  'volny.cz',
  'tiscali.cz',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'yahoo.com',
  'icloud.com',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  'gazeta.pl',
  'op.pl',
])

/** Lower-case ASCII (punycode) host name, or undefined when the text is not a host name. */
function normalisedHost(host: string): string | undefined {
  try {
    const { hostname } = new URL(`http://${host}`)
    const trimmed = hostname.replace(/\.$/, '')
    return trimmed.includes('.') ? trimmed : undefined
  } catch {
    return undefined
  }
}

export function emailDomain(email: string): string | undefined {
  const at = email.trim().lastIndexOf('@')
  if (at < 1) return undefined
  const domain = email.trim().slice(at + 1)
  return domain && !/[\s/@:]/.test(domain) ? normalisedHost(domain) : undefined
}

/** The website's host without a leading `www.`; undefined when it is not an http(s) address. */
export function websiteDomain(website: string): string | undefined {
  try {
    const url = new URL(website.trim())
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    const host = normalisedHost(url.hostname)
    return host?.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

export function emailMatchesWebsite(email: string, website: string | null | undefined): boolean {
  if (!website) return false
  const mail = emailDomain(email)
  const site = websiteDomain(website)
  if (!mail || !site || FREE_MAIL_DOMAINS.has(mail) || FREE_MAIL_DOMAINS.has(site)) return false
  return mail === site || mail.endsWith(`.${site}`)
}
