import type { Event } from '@/payload-types'

import type { SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import { MASOVIA, type RegionRefs } from './regions'
import { bold, h2, link, p, richText, ul } from './richText'
import { localToUtc } from './time'

const TIME_ZONE = 'Europe/Warsaw'
export const CONGRESS_SLUG = 'vii-krajowy-kongres-sekretarzy'
/**
 * Seed 004 says "6–7 September" without a year; the demo places the congress in 2026. The hours
 * are not in the seed either: a plausible programme runs 09:00 on the first day to 14:00 on the second.
 */
const FIRST_DAY = '2026-09-06'
const SECOND_DAY = '2026-09-07'

const MOTTO = 'Współpraca odpowiedzią na stale występujące zmiany i zjawiska kryzysów'
const WEBSITE = 'https://www.kongressekretarzy.pl'

type Text = { cs: string; pl: string; en: string }
type Session = NonNullable<Event['programme']>[number]['kind']

interface SessionFact {
  startTime: string
  endTime: string
  kind: Session
  title: Text
  description?: Text
}

/** The topics seed 004 announces, laid out as a two-day programme (times are illustrative). */
export const CONGRESS_PROGRAMME: readonly SessionFact[] = [
  {
    startTime: '09:00',
    endTime: '09:30',
    kind: 'plenary',
    title: { cs: 'Den 1: Zahájení kongresu', pl: 'Dzień 1: Otwarcie Kongresu', en: 'Day 1: Opening of the congress' },
  },
  {
    startTime: '09:30',
    endTime: '11:00',
    kind: 'plenary',
    title: {
      cs: 'Plenární blok: spolupráce jako odpověď na změny a krize',
      pl: 'Sesja plenarna: współpraca odpowiedzią na zmiany i kryzysy',
      en: 'Plenary: cooperation as the answer to change and crises',
    },
    description: {
      cs: 'Jak zvládat krize a sociální výzvy se stále omezenějšími rozpočty a jak může spolupráce samospráv podpořit udržitelné finance a organizaci úřadů.',
      pl: 'Jak mierzyć się z kryzysami i wyzwaniami społecznymi przy coraz mniejszych środkach oraz jak współpraca samorządów może wspierać zrównoważone finanse i organizację urzędów.',
      en: 'Coping with crises and social challenges on ever tighter budgets, and how cooperation between local governments supports sustainable finances and organisation.',
    },
  },
  { startTime: '11:00', endTime: '11:30', kind: 'break', title: { cs: 'Přestávka na kávu', pl: 'Przerwa kawowa', en: 'Coffee break' } },
  {
    startTime: '11:30',
    endTime: '13:00',
    kind: 'panel',
    title: { cs: 'Panel: řízení samosprávy', pl: 'Panel: zarządzanie jednostką samorządu terytorialnego', en: 'Panel: managing a local government' },
  },
  { startTime: '13:00', endTime: '14:00', kind: 'break', title: { cs: 'Oběd', pl: 'Obiad', en: 'Lunch' } },
  {
    startTime: '14:00',
    endTime: '15:30',
    kind: 'panel',
    title: {
      cs: 'Panel: právo a spolupráce s dozorovými orgány',
      pl: 'Panel: prawo i współpraca z organami nadzoru',
      en: 'Panel: law and cooperation with supervisory bodies',
    },
    description: {
      cs: 'Správné uplatňování předpisů a spolupráce dozorových orgánů, samospráv a státních institucí.',
      pl: 'Prawidłowe stosowanie przepisów oraz współpraca organów nadzoru, samorządów i instytucji rządowych.',
      en: 'Applying the rules correctly, and cooperation between supervisory bodies, local governments and state institutions.',
    },
  },
  {
    startTime: '15:45',
    endTime: '17:15',
    kind: 'workshop',
    title: { cs: 'Workshop: řízení projektů', pl: 'Warsztaty: zarządzanie projektami', en: 'Workshop: project management' },
  },
  {
    startTime: '09:00',
    endTime: '10:30',
    kind: 'panel',
    title: {
      cs: 'Den 2 – panel: digitalizace a kybernetická bezpečnost',
      pl: 'Dzień 2 – panel: cyfryzacja i cyberbezpieczeństwo',
      en: 'Day 2 – panel: digitalisation and cybersecurity',
    },
  },
  {
    startTime: '10:30',
    endTime: '12:00',
    kind: 'workshop',
    title: {
      cs: 'Workshop: personální politika, konec a začátek volebního období',
      pl: 'Warsztaty: polityka kadrowa, zamknięcie i otwarcie kadencji',
      en: 'Workshop: HR policy, closing and opening a term of office',
    },
  },
  {
    startTime: '12:15',
    endTime: '13:30',
    kind: 'plenary',
    title: { cs: 'Dobrá praxe úřadů', pl: 'Dobre praktyki urzędów', en: 'Good practice of municipal offices' },
    description: {
      cs: 'Zkušenosti úřadů s evropskou značkou kvality a řízení Rady Evropy a inovace v organizaci úřadu a péči o klienty ze soutěže „Sekrety Zarządzania“.',
      pl: 'Doświadczenia urzędów wdrażających Europejski Znak Jakości i Zarządzania Rady Europy oraz innowacje w organizacji urzędu i obsłudze klienta z konkursu „Sekrety Zarządzania”.',
      en: 'Offices holding the Council of Europe’s European Label of Governance Excellence, and innovations in office organisation and client service from the “Sekrety Zarządzania” competition.',
    },
  },
  {
    startTime: '13:30',
    endTime: '14:00',
    kind: 'plenary',
    title: { cs: 'Shrnutí a zakončení kongresu', pl: 'Podsumowanie i zamknięcie Kongresu', en: 'Summary and closing' },
  },
]

const title: Text = {
  cs: 'VII. celostátní kongres tajemníků samospráv (Polsko)',
  pl: 'VII Krajowy Kongres Sekretarzy',
  en: '7th National Congress of Local Government Secretaries (Poland)',
}

const summary: Text = {
  cs: `Každoroční setkání tajemníků polských samospráv ve Varšavě, letos s mottem „${MOTTO}“ (spolupráce jako odpověď na trvalé změny a krize).`,
  pl: `Coroczne spotkanie sekretarzy JST z całej Polski w Warszawie, w tym roku pod hasłem „${MOTTO}”.`,
  en: `The yearly meeting of Polish local government secretaries in Warsaw, this year under the motto “${MOTTO}” (cooperation as the answer to constant change and crises).`,
}

const content = {
  pl: richText(
    p(
      'VII Krajowy Kongres Sekretarzy odbędzie się 6–7 września w Warszawie. Organizują go Fundacja Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego i Krajowa Rada Forów Sekretarzy JST, a hasło tegorocznej edycji brzmi: ',
      bold(`„${MOTTO}”`),
      '.',
    ),
    p(
      'Kongres to najważniejsze coroczne spotkanie sekretarzy, pracowników administracji samorządowej i ekspertów z całego kraju: okazja do zdobycia nowych umiejętności, poznania dobrych praktyk i nawiązania kontaktów. Szukamy odpowiedzi, jak przy ograniczonych środkach radzić sobie z kryzysami i jak współpraca samorządów może stać się kluczem do zrównoważonych finansów i organizacji urzędu.',
    ),
    h2('Tematy'),
    ul(
      'zarządzanie jednostką samorządu terytorialnego,',
      'prawo i prawidłowe stosowanie przepisów,',
      'współpraca organów nadzoru, samorządów i instytucji rządowych,',
      'zarządzanie projektami,',
      'cyfryzacja i cyberbezpieczeństwo,',
      'polityka kadrowa,',
      'zamknięcie i otwarcie kadencji.',
    ),
    p(
      'Program powstaje razem z sekretarzami i partnerami instytucjonalnymi. Nie zabraknie dobrych praktyk: urzędów z Europejskim Znakiem Jakości i Zarządzania Rady Europy oraz rozwiązań nagrodzonych w konkursie „Sekrety Zarządzania”.',
    ),
    h2('Poprzednia edycja w liczbach'),
    ul('około 400 uczestników,', 'prawie 40 ekspertów,', '20 paneli, dyskusji i debat,', 'ponad 60 patronatów instytucji ogólnopolskich i regionalnych.'),
    p('Więcej informacji: ', link(WEBSITE)),
  ),
  cs: richText(
    p(
      'VII. celostátní kongres tajemníků polských samospráv se koná 6.–7. září ve Varšavě. Pořádá jej nadace Fundacja Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego spolu s Krajowa Rada Forów Sekretarzy JST pod mottem ',
      bold(`„${MOTTO}“`),
      ' – spolupráce jako odpověď na trvalé změny a krize.',
    ),
    p(
      'Kongres je hlavním každoročním setkáním tajemníků, úředníků samospráv a odborníků z celého Polska. Letos hledá odpovědi na to, jak s omezenými prostředky zvládat krize a jak může spolupráce samospráv pomoci udržitelným financím a dobré organizaci úřadů.',
    ),
    h2('Témata'),
    ul(
      'řízení samosprávy,',
      'právo a správné uplatňování předpisů,',
      'spolupráce dozorových orgánů, samospráv a státních institucí,',
      'řízení projektů,',
      'digitalizace a kybernetická bezpečnost,',
      'personální politika,',
      'konec a začátek volebního období.',
    ),
    h2('Minulý ročník v číslech'),
    ul('přibližně 400 účastníků,', 'téměř 40 odborníků,', '20 panelů, diskusí a debat,', 'přes 60 záštit celostátních i regionálních institucí.'),
    p('Více informací (polsky): ', link(WEBSITE)),
  ),
  en: richText(
    p(
      'The 7th National Congress of Secretaries takes place in Warsaw on 6–7 September, organised by the Jerzy Regulski Foundation in Support of Local Democracy together with the National Council of Local Government Secretaries’ Forums under the motto ',
      bold(`“${MOTTO}”`),
      ' – cooperation as the answer to constant change and crises.',
    ),
    p(
      'It is the main yearly meeting of secretaries, local government staff and experts from all over Poland, this year on coping with crises on limited budgets and on cooperation between local governments as the key to sustainable finances and organisation.',
    ),
    h2('Topics'),
    ul(
      'managing a local government,',
      'law and the correct application of rules,',
      'cooperation between supervisory bodies, local governments and state institutions,',
      'project management,',
      'digitalisation and cybersecurity,',
      'HR policy,',
      'closing and opening a term of office.',
    ),
    h2('The previous edition in numbers'),
    ul('about 400 participants,', 'almost 40 experts,', '20 panels, discussions and debates,', 'more than 60 patronages of national and regional institutions.'),
    p('More information (in Polish): ', link(WEBSITE)),
  ),
}

const programmeIn = (locale: keyof Text) =>
  CONGRESS_PROGRAMME.map((session) => ({ title: session.title[locale], description: session.description?.[locale] }))

/** The Polish secretaries' congress of the foundation (seed 004), in Czech, Polish and English. */
export async function seedCongress(ctx: SeedContext, regions: RegionRefs, associations: AssociationRefs): Promise<void> {
  await ctx.ensure({
    collection: 'events',
    where: { slug: { equals: CONGRESS_SLUG } },
    data: () => ({
      title: title.cs,
      slug: CONGRESS_SLUG,
      kind: 'congress',
      startsAt: localToUtc(FIRST_DAY, '09:00', TIME_ZONE),
      endsAt: localToUtc(SECOND_DAY, '14:00', TIME_ZONE),
      timeZone: TIME_ZONE,
      regions: [regions.get(MASOVIA.code)],
      venue: { address: { city: 'Warszawa', country: 'PL' } },
      summary: summary.cs,
      content: content.cs,
      programme: CONGRESS_PROGRAMME.map((session) => ({
        startTime: session.startTime,
        endTime: session.endTime,
        kind: session.kind,
        title: session.title.cs,
        description: session.description?.cs,
      })),
      // Registration runs on the organisers' own website.
      registration: { enabled: false },
      association: associations.get('frdl'),
      _status: 'published',
    }),
    translations: {
      pl: { title: title.pl, summary: summary.pl, content: content.pl, programme: programmeIn('pl'), _status: 'published' },
      en: { title: title.en, summary: summary.en, content: content.en, programme: programmeIn('en'), _status: 'published' },
    },
  })
  ctx.logStep('Polish secretaries’ congress', ['events'])
}
