import { localizedPath, type Locale } from '@/domain/locale/locales'
import { registerMessagesFor } from '@/i18n/registerMessages'
import type { GoodPractice, Municipality } from '@/payload-types'

type Listed = Pick<GoodPractice, 'id' | 'title' | 'slug' | 'summary' | 'topics' | 'year' | 'audience'> & {
  municipality?: GoodPractice['municipality']
}

/** Good practices as cards: title, municipality, topics, year and summary. */
export function PracticeList({ practices, locale, headingLevel }: { practices: Listed[]; locale: Locale; headingLevel: 2 | 3 }) {
  const t = registerMessagesFor(locale)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {practices.map((practice) => {
        const municipality = typeof practice.municipality === 'object' ? (practice.municipality as Municipality | null) : null
        return (
          <li key={practice.id} className="card">
            <Heading>
              <a href={localizedPath(locale, `/good-practices/${practice.slug ?? ''}`)}>{practice.title}</a>
            </Heading>
            <p className="practice-meta">
              {[municipality?.name, practice.year].filter(Boolean).join(' · ')}
            </p>
            <ul className="badges">
              {(practice.topics ?? []).map((topic) => (
                <li key={topic} className="badge">
                  {t.topics[topic]}
                </li>
              ))}
              {practice.audience === 'members' ? <li className="badge members-only">{t.library.membersOnly}</li> : null}
            </ul>
            {practice.summary ? <p>{practice.summary}</p> : null}
          </li>
        )
      })}
    </ul>
  )
}
