import { formatPersonName } from '@/domain/people/personName'
import type { Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import type { Media, Person } from '@/payload-types'
import { populated } from '@/site/relations'

import { MediaImage } from './MediaImage'

type Props = {
  person: Person
  locale: Locale
  /** The person's role here (an office held as patron, a seat on a body); shown instead of their usual office. */
  role?: string | null
  /** Heading level of the name within the page outline. */
  level?: 3 | 4
  showContact?: boolean
}

/** A person where they are referenced: name with titles, office, organisation, photo and contact. */
export function PersonCard({ person, locale, role, level = 3, showContact = true }: Props) {
  const t = messagesFor(locale)
  const Heading = `h${level}` as const
  const photo = populated<Media>(person.photo)
  const contact = person.contact ?? {}
  return (
    <div className="person">
      {photo ? <MediaImage media={photo} size="thumbnail" sizes="5rem" className="person-photo" /> : null}
      <div>
        <Heading className="person-name">{person.displayName || formatPersonName(person)}</Heading>
        {role ? <p className="person-role">{role}</p> : null}
        {person.office && !role ? <p className="person-office">{person.office}</p> : null}
        {person.organisation ? <p className="person-organisation">{person.organisation}</p> : null}
        {showContact && (contact.email || contact.phone || contact.website) ? (
          <dl className="contact-list">
            {contact.email ? (
              <>
                <dt>{t.people.email}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </dd>
              </>
            ) : null}
            {contact.phone ? (
              <>
                <dt>{t.people.phone}</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
                </dd>
              </>
            ) : null}
            {contact.website ? (
              <>
                <dt>{t.people.website}</dt>
                <dd>
                  <a href={contact.website}>{contact.website.replace(/^https?:\/\//, '')}</a>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </div>
    </div>
  )
}
