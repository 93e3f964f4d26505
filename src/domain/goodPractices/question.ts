import type { Locale } from '../locale/locales'

export const QUESTION_LIMITS = { min: 10, max: 4000 } as const

export type QuestionProblem = { problem: 'required' | 'tooShort' } | { problem: 'tooLong'; max: number }

export function checkQuestion(message: string): { text: string | null; problem: QuestionProblem | null } {
  const text = message.trim()
  if (text === '') return { text: null, problem: { problem: 'required' } }
  if (text.length < QUESTION_LIMITS.min) return { text: null, problem: { problem: 'tooShort' } }
  if (text.length > QUESTION_LIMITS.max) return { text: null, problem: { problem: 'tooLong', max: QUESTION_LIMITS.max } }
  return { text, problem: null }
}

export interface QuestionMail {
  subject: string
  text: string
}

const wording: Record<Locale, { subject: (title: string) => string; intro: (asker: string, municipality: string, title: string) => string; reply: string; link: string }> = {
  cs: {
    subject: (title) => `Dotaz k dobré praxi: ${title}`,
    intro: (asker, municipality, title) => `${asker} (${municipality}) se na portálu Municipia ptá na vaši dobrou praxi „${title}“:`,
    reply: 'Odpovědí na tento e-mail odpovíte přímo tazateli. Vaši adresu jsme mu nesdělili.',
    link: 'Dobrá praxe na portálu:',
  },
  pl: {
    subject: (title) => `Pytanie o dobrą praktykę: ${title}`,
    intro: (asker, municipality, title) => `${asker} (${municipality}) pyta na portalu Municipia o Twoją dobrą praktykę „${title}”:`,
    reply: 'Odpowiadając na tę wiadomość, odpowiesz bezpośrednio pytającemu. Nie przekazaliśmy mu Twojego adresu.',
    link: 'Dobra praktyka na portalu:',
  },
  en: {
    subject: (title) => `Question about your good practice: ${title}`,
    intro: (asker, municipality, title) => `${asker} (${municipality}) asks on the Municipia portal about your good practice “${title}”:`,
    reply: 'Replying to this e-mail answers the asker directly. We have not given them your address.',
    link: 'The good practice on the portal:',
  },
}

/** The e-mail to a practice's contact person, in the language the practice was read in. */
export function questionMail({
  locale,
  asker,
  municipality,
  title,
  message,
  url,
}: {
  locale: Locale
  asker: string
  municipality: string
  title: string
  message: string
  url: string
}): QuestionMail {
  const words = wording[locale]
  return {
    subject: words.subject(title),
    text: [words.intro(asker, municipality, title), '', message, '', '—', words.reply, `${words.link} ${url}`].join('\n'),
  }
}
