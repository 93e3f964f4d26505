import { CZECH_REGIONS } from '@/domain/municipalities/regions'
import type { Association } from '@/payload-types'

import { Refs, type SeedContext } from './context'
import type { PeopleRefs } from './people'
import { CENTRAL_BOHEMIA, type RegionRefs } from './regions'
import { bold, h2, link, p, richText, ul } from './richText'

export type AssociationKey = 'smocr' | 'smopk' | 'centralBohemia' | 'frdl'
export type AssociationRefs = Refs<AssociationKey, Association['id']>

/** The shortName is each association's natural key; the slug is derived from it. */
export const SHORT_NAMES: Record<AssociationKey, { shortName: string; slug: string }> = {
  smocr: { shortName: 'SMO ČR', slug: 'smo-cr' },
  smopk: { shortName: 'SMOPK', slug: 'smopk' },
  centralBohemia: { shortName: 'KÚ Středočeského kraje', slug: 'ku-stredoceskeho-kraje' },
  frdl: { shortName: 'FRDL', slug: 'frdl' },
}

/** Seed 003: the national union — about 2,500 members, a century of tradition, three chambers. */
const smocrDescription = {
  cs: richText(
    p(
      'Svaz měst a obcí České republiky je zájmové sdružení právnických osob, jehož členy jsou města a obce všech velikostí – dnes přibližně 2 500. Navazuje na více než stoletou tradici samosprávných svazů.',
    ),
    p('Členové jsou rozděleni do tří komor: statutární města; města a městyse; obce.'),
    h2('Cíle Svazu'),
    ul(
      'hájit a prosazovat společné zájmy měst a obcí,',
      'podporovat samosprávnou demokracii,',
      'ovlivňovat podobu legislativy, která se obcí týká,',
      'podporovat financování a samostatnost obcí,',
      'být partnerem vlády,',
      'sledovat evropskou agendu,',
      'vzdělávat představitele obcí,',
      'umožňovat výměnu zkušeností mezi obcemi.',
    ),
  ),
  en: richText(
    p(
      'The Union of Towns and Municipalities of the Czech Republic is an interest association of legal entities whose members are towns and municipalities of every size – about 2,500 today. It builds on more than a century of local-government associations.',
    ),
    p('Members belong to one of three chambers: statutory cities; towns and market towns; municipalities.'),
    h2('What the Union works for'),
    ul(
      'representing and promoting the shared interests of towns and municipalities,',
      'supporting local self-government,',
      'shaping legislation that affects municipalities,',
      'sound financing and independence of municipalities,',
      'acting as a partner of the government,',
      'following EU affairs,',
      'training local representatives,',
      'exchange of experience between municipalities.',
    ),
  ),
}

/** Seed 001: the Plzeň regional association. */
const smopkDescription = {
  cs: richText(
    p(
      'SMOPK sdružuje téměř 190 obcí Plzeňského kraje a je otevřené všem obcím regionu i dalším subjektům. Vzniklo v roce 1999, aby obce mohly být partnerem krajské samosprávě – především v krajské legislativě a v rozvojových programech, které se obcí týkají.',
    ),
    h2('Jak sdružení funguje'),
    p(
      'Předsednictvo, správní výbor a sněm ve spolupráci s Regionální rozvojovou agenturou Plzeňského kraje a s Plzeňským krajem projednávají potřeby obcí a podporu důležitých rozvojových projektů. Zástupci SMOPK sedí ve výborech a pracovních skupinách, které o podpoře projektů v kraji rozhodují.',
    ),
    p(
      'Sdružení spolupracuje i s podnikatelským sektorem, státní správou a neziskovými organizacemi, zejména s Hospodářskou a Agrární komorou.',
    ),
    h2('Činnost'),
    ul(
      'návrhy a stanoviska k připravované legislativě, uplatňované hlavně přes SMO ČR jako připomínkové místo,',
      'možnosti bezúplatného převodu státního majetku na obce,',
      'semináře a školení s odborníky (právo, veřejné zakázky, životní prostředí a další),',
      'sdílení dobré praxe mezi členy.',
    ),
    p('Samozřejmostí je solidarita mezi členy bez ohledu na velikost obce.'),
  ),
  en: richText(
    p(
      'SMOPK brings together almost 190 municipalities of the Plzeň Region and is open to every municipality of the region and to other bodies. It was founded in 1999 so that municipalities could act as partners of the regional government, above all on regional rules and development programmes.',
    ),
    p(
      'Its presidium, administrative committee and assembly work with the Regional Development Agency and the Plzeň Region on municipal needs and key development projects; SMOPK representatives sit on the committees that decide on project support in the region.',
    ),
    ul(
      'comments on draft legislation, mostly through SMO ČR,',
      'transfers of state property to municipalities,',
      'seminars and trainings with experts (law, public procurement, environment and more),',
      'sharing good practice among members.',
    ),
  ),
}

/** Seed 002: the office that handles partnership requests of Central Bohemian municipalities. */
const centralBohemiaDescription = {
  cs: richText(
    p(
      'Oddělení zahraniční spolupráce a protokolu Odboru Kancelář hejtmanky Krajského úřadu Středočeského kraje pomáhá středočeským obcím, městům a institucím (například školám) najít partnera v regionech, se kterými kraj udržuje aktivní vztahy.',
    ),
    p(bold('Datová schránka kraje: '), 'keebyyf'),
  ),
  en: richText(
    p(
      'The Foreign Cooperation and Protocol Department of the Central Bohemian Regional Authority helps municipalities, towns and institutions (such as schools) of the region find a partner in the regions Central Bohemia keeps active ties with.',
    ),
    p(bold('Data box of the region: '), 'keebyyf'),
  ),
}

/** Seed 004: the Polish foundation that runs the secretaries' congress. */
const frdlDescription = {
  cs: richText(
    p(
      'Polská nadace, která spolu s Krajowa Rada Forów Sekretarzy JST pořádá každoroční celostátní kongres tajemníků samospráv – nejvýznamnější setkání tajemníků z celého Polska.',
    ),
    p('Více o kongresu: ', link('https://www.kongressekretarzy.pl')),
  ),
  pl: richText(
    p(
      'Fundacja, która wspólnie z Krajową Radą Forów Sekretarzy JST organizuje coroczny Krajowy Kongres Sekretarzy – najważniejsze spotkanie sekretarzy jednostek samorządu terytorialnego z całej Polski.',
    ),
    p('Więcej o Kongresie: ', link('https://www.kongressekretarzy.pl')),
  ),
  en: richText(
    p(
      'A Polish foundation that, together with the National Council of Local Government Secretaries’ Forums, runs the yearly national congress of local government secretaries – the main meeting of secretaries from all over Poland.',
    ),
    p('More about the congress: ', link('https://www.kongressekretarzy.pl')),
  ),
}

/**
 * The four organisations of the demo: the national union and its Plzeň regional association,
 * the Central Bohemian office that handles foreign partnerships, and the Polish foundation.
 */
export async function seedOrganisations(ctx: SeedContext, regions: RegionRefs, people: PeopleRefs): Promise<AssociationRefs> {
  const refs: AssociationRefs = new Refs('association')
  const keyOf = (key: AssociationKey) => ({ shortName: { equals: SHORT_NAMES[key].shortName } })

  refs.set(
    'smocr',
    await ctx.ensure({
      collection: 'associations',
      where: keyOf('smocr'),
      data: () => ({
        ...SHORT_NAMES.smocr,
        name: 'Svaz měst a obcí České republiky',
        kind: 'national',
        country: 'CZ',
        regions: CZECH_REGIONS.map((region) => regions.get(region.code)),
        description: smocrDescription.cs,
        website: 'https://www.smocr.cz',
        governingBodies: [
          { name: 'Sněm', kind: 'assembly' },
          { name: 'Rada', kind: 'council' },
          { name: 'Předsednictvo', kind: 'presidium' },
        ],
        contactPersons: [people.get('jandousova'), people.get('sobkova')],
        chambers: [
          { name: 'Komora statutárních měst', municipalityKinds: ['statutory-city'] },
          { name: 'Komora měst a městysů', municipalityKinds: ['town', 'market-town'] },
          { name: 'Komora obcí', municipalityKinds: ['municipality'] },
        ],
      }),
      translations: {
        pl: {
          name: 'Związek Miast i Gmin Republiki Czeskiej',
          governingBodies: [{ name: 'Zgromadzenie' }, { name: 'Rada' }, { name: 'Prezydium' }],
          chambers: [{ name: 'Izba miast statutarnych' }, { name: 'Izba miast i miasteczek' }, { name: 'Izba gmin' }],
        },
        en: {
          name: 'Union of Towns and Municipalities of the Czech Republic',
          description: smocrDescription.en,
          governingBodies: [{ name: 'Assembly' }, { name: 'Council' }, { name: 'Presidium' }],
          chambers: [{ name: 'Chamber of statutory cities' }, { name: 'Chamber of towns and market towns' }, { name: 'Chamber of municipalities' }],
        },
      },
    }),
  )

  refs.set(
    'smopk',
    await ctx.ensure({
      collection: 'associations',
      where: keyOf('smopk'),
      data: () => ({
        ...SHORT_NAMES.smopk,
        name: 'Sdružení měst a obcí Plzeňského kraje',
        kind: 'regional',
        country: 'CZ',
        founded: 1999,
        regions: [regions.get('43')],
        parent: refs.get('smocr'),
        description: smopkDescription.cs,
        governingBodies: [
          { name: 'Předsednictvo', kind: 'presidium' },
          { name: 'Správní výbor', kind: 'administrative-committee' },
          { name: 'Sněm', kind: 'assembly' },
        ],
      }),
      translations: {
        en: {
          name: 'Association of Towns and Municipalities of the Plzeň Region',
          description: smopkDescription.en,
          governingBodies: [{ name: 'Presidium' }, { name: 'Administrative committee' }, { name: 'Assembly' }],
        },
      },
    }),
  )

  refs.set(
    'centralBohemia',
    await ctx.ensure({
      collection: 'associations',
      where: keyOf('centralBohemia'),
      data: () => ({
        ...SHORT_NAMES.centralBohemia,
        name: 'Středočeský kraj – Oddělení zahraniční spolupráce a protokolu',
        kind: 'other',
        country: 'CZ',
        regions: [regions.get(CENTRAL_BOHEMIA)],
        description: centralBohemiaDescription.cs,
        contact: { email: 'protokol@kr-s.cz', phone: '257 280 853' },
        address: { street: 'Zborovská 11', postalCode: '150 21', city: 'Praha 5', country: 'CZ' },
      }),
      translations: {
        en: { name: 'Central Bohemian Region – Foreign Cooperation and Protocol Department', description: centralBohemiaDescription.en },
      },
    }),
  )

  refs.set(
    'frdl',
    await ctx.ensure({
      collection: 'associations',
      where: keyOf('frdl'),
      data: () => ({
        ...SHORT_NAMES.frdl,
        name: 'Fundacja Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego',
        kind: 'foundation',
        country: 'PL',
        description: frdlDescription.cs,
        governingBodies: [
          { name: 'Správní rada (Zarząd)', kind: 'board', members: [{ person: people.get('smala'), role: 'místopředseda' }] },
        ],
      }),
      translations: {
        pl: {
          name: 'Fundacja Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego',
          description: frdlDescription.pl,
          governingBodies: [{ name: 'Zarząd', members: [{ role: 'Wiceprezes Zarządu' }] }],
        },
        en: {
          name: 'Jerzy Regulski Foundation in Support of Local Democracy',
          description: frdlDescription.en,
          governingBodies: [{ name: 'Management Board', members: [{ role: 'Vice-President' }] }],
        },
      },
    }),
  )

  ctx.logStep('Organisations', ['associations'])
  return refs
}
