import type { Locale } from '../locale/locales'

export type SubmitterNotice = 'changes-requested' | 'published'

const wording: Record<Locale, Record<SubmitterNotice, { subject: (title: string) => string; body: (title: string) => string }> & { note: string; link: string }> = {
  cs: {
    'changes-requested': {
      subject: (title) => `Dobrá praxe „${title}“ potřebuje úpravu`,
      body: (title) => `redakce si před zveřejněním vaší dobré praxe „${title}“ žádá úpravy.`,
    },
    published: { subject: (title) => `Dobrá praxe „${title}“ je zveřejněna`, body: (title) => `vaše dobrá praxe „${title}“ je zveřejněna. Děkujeme za sdílení.` },
    note: 'Poznámka redakce:',
    link: 'Odkaz:',
  },
  pl: {
    'changes-requested': {
      subject: (title) => `Dobra praktyka „${title}” wymaga poprawek`,
      body: (title) => `redakcja prosi o poprawki w Twojej dobrej praktyce „${title}” przed publikacją.`,
    },
    published: { subject: (title) => `Dobra praktyka „${title}” została opublikowana`, body: (title) => `Twoja dobra praktyka „${title}” została opublikowana. Dziękujemy.` },
    note: 'Uwaga redakcji:',
    link: 'Link:',
  },
  en: {
    'changes-requested': {
      subject: (title) => `Your good practice “${title}” needs changes`,
      body: (title) => `the editors ask for changes to your good practice “${title}” before publishing it.`,
    },
    published: { subject: (title) => `Your good practice “${title}” is published`, body: (title) => `your good practice “${title}” is published. Thank you for sharing it.` },
    note: 'Note from the editors:',
    link: 'Link:',
  },
}

const greeting: Record<Locale, (name: string) => string> = { cs: (name) => `Dobrý den, ${name},`, pl: (name) => `Dzień dobry, ${name},`, en: (name) => `Dear ${name},` }

/** The e-mail telling a member that their practice was returned for changes or published. */
export function submitterMail({ locale, notice, name, title, note, url }: { locale: Locale; notice: SubmitterNotice; name: string; title: string; note: string | null; url: string }) {
  const words = wording[locale]
  const lines = [greeting[locale](name), '', words[notice].body(title)]
  if (notice === 'changes-requested' && note) lines.push('', words.note, note)
  lines.push('', `${words.link} ${url}`)
  return { subject: words[notice].subject(title), text: lines.join('\n') }
}
