import type { Commission } from '@/payload-types'

import type { SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import type { PeopleRefs } from './people'
import { h2, p, richText, ul } from './richText'

export const KISMO_SLUG = 'kismo'

type Text = { cs: string; en: string }

/** Seed 003: what KISMO works on. */
const ACTIVITY_AREAS: readonly { title: Text; description: Text }[] = [
  {
    title: { cs: 'Připomínkování legislativy', en: 'Comments on legislation' },
    description: {
      cs: 'Stanoviska k návrhům zákonů a předpisů, které se dotýkají informatiky obcí.',
      en: 'Opinions on draft laws and regulations that affect municipal IT.',
    },
  },
  {
    title: { cs: 'Připomínkování vládních koncepcí', en: 'Comments on government strategies' },
    description: {
      cs: 'Například Smart Administration, strategie rozvoje služeb pro informační společnost, strategie implementace eGovernmentu v území nebo implementace strategie EU 2020.',
      en: 'For example Smart Administration, the information-society services strategy, the strategy for eGovernment in the regions and the EU 2020 implementation.',
    },
  },
  {
    title: { cs: 'Vyjadřování k výzvám operačních programů', en: 'Opinions on operational programme calls' },
    description: { cs: 'Výzvy Integrovaného operačního programu a OP Lidské zdroje a zaměstnanost.', en: 'Calls of the Integrated Operational Programme and the Human Resources and Employment OP.' },
  },
  {
    title: { cs: 'Spolupráce na projektech Ministerstva vnitra', en: 'Cooperation on Ministry of the Interior projects' },
    description: { cs: 'Czech POINT, datové schránky, základní registry.', en: 'Czech POINT, data boxes, base registers.' },
  },
  {
    title: { cs: 'Spolupráce s dalšími resorty a institucemi', en: 'Cooperation with other ministries and institutions' },
    description: { cs: 'Ministerstvo financí, Ministerstvo průmyslu a obchodu, Ministerstvo práce a sociálních věcí, ČÚZK.', en: 'Ministries of Finance, Industry and Trade, and Labour and Social Affairs; the Czech Office for Surveying, Mapping and Cadastre.' },
  },
  {
    title: { cs: 'Výměna zkušeností, propagace, soutěže', en: 'Exchange of experience, promotion, competitions' },
    description: { cs: 'Sdílení poznatků a řešení problémů mezi městy a obcemi.', en: 'Sharing knowledge and solutions between towns and municipalities.' },
  },
  {
    title: { cs: 'Mezinárodní spolupráce', en: 'International cooperation' },
    description: { cs: 'Například v oblasti Smart Cities.', en: 'For example on smart cities.' },
  },
]

const COOPERATING_BODIES: readonly { name: Text; scope: NonNullable<NonNullable<Commission['cooperatingBodies']>[number]['scope']> }[] = [
  { name: { cs: 'Komise informatiky Rady Asociace krajů ČR', en: 'IT Commission of the Council of the Association of Regions' }, scope: 'national' },
  { name: { cs: 'Sdružení tajemníků městských a obecních úřadů', en: 'Association of Secretaries of Town and Municipal Offices' }, scope: 'national' },
  { name: { cs: 'Poslanci Parlamentu ČR', en: 'Members of the Czech Parliament' }, scope: 'national' },
  { name: { cs: 'Pracovní skupiny RVKIS', en: 'Working groups of the Government Council for Competitiveness and Information Society (RVKIS)' }, scope: 'national' },
  { name: { cs: 'Rada evropských obcí a regionů (CEMR)', en: 'Council of European Municipalities and Regions (CEMR)' }, scope: 'international' },
  { name: { cs: 'ELANET', en: 'ELANET' }, scope: 'international' },
  { name: { cs: 'EUROCITIES', en: 'EUROCITIES' }, scope: 'international' },
]

const mission = {
  cs: richText(
    p(
      'Komise pro informatiku SMO ČR (KISMO) je poradním orgánem Předsednictva Svazu měst a obcí ČR. Tvoří ji odborníci i politici z měst a obcí, které zajímá informatika, a slouží jako platforma pro sdílení poznatků a společné řešení problémů.',
    ),
    h2('Témata, kterými se komise zabývala'),
    ul('projekt Státní pokladna,', 'uvedení základních registrů do života,', 'nová filozofie KIVS,', 'příprava dalšího období čerpání peněz z EU.'),
    p('Komise se prezentuje i na konferencích a seminářích, například na akci Městský rok informatiky v Kladně (9. a 10. června 2011).'),
  ),
  en: richText(
    p(
      'The Informatics Commission of SMO ČR (KISMO) is an advisory body of the Presidium of the Union of Towns and Municipalities of the Czech Republic. Experts and politicians from towns and municipalities with an interest in IT share knowledge and solve problems together in it.',
    ),
    h2('Topics the commission has worked on'),
    ul('the State Treasury project,', 'bringing the base registers into use,', 'the new approach to KIVS (public administration communication infrastructure),', 'preparing the next EU funding period.'),
  ),
}

/** The informatics commission KISMO of the national union, chaired by Ing. Cyril Čapka. */
export async function seedCommission(ctx: SeedContext, associations: AssociationRefs, people: PeopleRefs): Promise<void> {
  await ctx.ensure({
    collection: 'commissions',
    where: { slug: { equals: KISMO_SLUG } },
    data: () => ({
      association: associations.get('smocr'),
      name: 'Komise pro informatiku SMO ČR',
      abbreviation: 'KISMO',
      slug: KISMO_SLUG,
      kind: 'advisory-body',
      mission: mission.cs,
      chair: people.get('capka'),
      members: [
        { person: people.get('capka'), role: 'předseda' },
        { person: people.get('sobkova'), role: 'garantka za Kancelář SMO ČR' },
      ],
      activityAreas: ACTIVITY_AREAS.map((area) => ({ title: area.title.cs, description: area.description.cs })),
      cooperatingBodies: COOPERATING_BODIES.map((body) => ({ name: body.name.cs, scope: body.scope })),
      communicationChannels: [
        { kind: 'email-conference', label: 'E-mailová konference', address: 'ismo@munet.cz' },
        { kind: 'website', label: 'Svaz měst a obcí ČR', address: 'https://www.smocr.cz' },
        { kind: 'events', label: 'Konference a semináře, např. Městský rok informatiky' },
      ],
    }),
    translations: {
      en: {
        name: 'Informatics Commission of SMO ČR',
        mission: mission.en,
        members: [{ role: 'chair' }, { role: 'liaison at the SMO ČR office' }],
        activityAreas: ACTIVITY_AREAS.map((area) => ({ title: area.title.en, description: area.description.en })),
        cooperatingBodies: COOPERATING_BODIES.map((body) => ({ name: body.name.en })),
        communicationChannels: [
          { label: 'E-mail conference' },
          { label: 'Union of Towns and Municipalities of the Czech Republic' },
          { label: 'Conferences and seminars, e.g. the “Municipal Year of IT”' },
        ],
      },
    },
  })
  ctx.logStep('Informatics commission KISMO', ['commissions'])
}
