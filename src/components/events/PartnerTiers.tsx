import { groupByTier } from '@/domain/events/partners'
import type { Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import type { Event, Media, Partner } from '@/payload-types'
import { populated } from '@/site/relations'

import { MediaImage } from '../site/MediaImage'

/** Partners grouped by tier, general partners first, each with logo and a link to their website. */
export function PartnerTiers({ partners, locale }: { partners: Event['partners']; locale: Locale }) {
  const rows = (partners ?? []).flatMap((row) => {
    const partner = populated<Partner>(row.partner)
    return partner ? [{ tier: row.tier, partner }] : []
  })
  if (rows.length === 0) return null
  const t = messagesFor(locale)
  return (
    <section className="partners" aria-labelledby="partners-heading">
      <h2 id="partners-heading">{t.events.partners}</h2>
      {groupByTier(rows).map((group) => (
        <div key={group.tier} className={`partner-tier partner-tier-${group.tier}`}>
          <h3>{t.options.partnerTier[group.tier]}</h3>
          <ul className="partner-list">
            {group.partners.map(({ partner }) => {
              const logo = populated<Media>(partner.logo)
              const content = (
                <>
                  {logo ? <MediaImage media={logo} size="card" sizes="10rem" decorative className="partner-logo" /> : null}
                  <span className="partner-name">{partner.name}</span>
                </>
              )
              return <li key={partner.id}>{partner.website ? <a href={partner.website}>{content}</a> : content}</li>
            })}
          </ul>
        </div>
      ))}
    </section>
  )
}
