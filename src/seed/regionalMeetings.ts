import type { CzechRegionCode } from '@/domain/municipalities/regions'
import type { Event } from '@/payload-types'

import type { SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import type { MeetingPartnerRows } from './partners'
import { PEOPLE, type PeopleRefs, type PersonKey } from './people'
import type { RegionRefs } from './regions'
import { bold, email, h2, p, richText, ul } from './richText'
import { localToUtc, type LocalDate } from './time'

const TIME_ZONE = 'Europe/Prague'
/** Seed 000 gives dates only; the meetings are stored as plausible one-day events, 09:00–15:00. */
const STARTS = '09:00'
const ENDS = '15:00'
/** The series was announced with the news of 21 January 2025 (seed 000). */
const ANNOUNCED_AT = localToUtc('2025-01-21', '09:00', TIME_ZONE)

interface MeetingFact {
  slug: string
  date: LocalDate
  city: { cs: string; en: string }
  regionCodes: readonly [CzechRegionCode, CzechRegionCode]
  regions: { cs: string; csGenitive: string; en: string }
  venue: { name: string; street: string; postalCode: string; city: string }
  /** Not in the seed: a plausible hall size for the demo's capacity and waitlist logic. */
  capacity: number
  patron?: PersonKey
  venueChange?: boolean
}

/** Seed 000: seven meetings, each for a pair of regions, March–April 2025. */
export const REGIONAL_MEETINGS: readonly MeetingFact[] = [
  {
    slug: 'krajske-setkani-2025-pardubice',
    date: '2025-03-04',
    city: { cs: 'Pardubice', en: 'Pardubice' },
    regionCodes: ['94', '86'],
    regions: {
      cs: 'Pardubický a Královéhradecký kraj',
      csGenitive: 'Pardubického a Královéhradeckého kraje',
      en: 'the Pardubice and Hradec Králové Regions',
    },
    venue: { name: 'Congress Centre Pardubice', street: 'Masarykovo nám. 2799', postalCode: '536 02', city: 'Pardubice' },
    capacity: 250,
  },
  {
    slug: 'krajske-setkani-2025-jihlava',
    date: '2025-03-13',
    city: { cs: 'Jihlava', en: 'Jihlava' },
    regionCodes: ['108', '35'],
    regions: { cs: 'Kraj Vysočina a Jihočeský kraj', csGenitive: 'Kraje Vysočina a Jihočeského kraje', en: 'the Vysočina and South Bohemian Regions' },
    venue: { name: 'Krajský úřad Kraje Vysočina', street: 'Žižkova 1882/57', postalCode: '586 01', city: 'Jihlava' },
    capacity: 150,
    patron: 'kukla',
  },
  {
    slug: 'krajske-setkani-2025-brno',
    date: '2025-03-20',
    city: { cs: 'Brno', en: 'Brno' },
    regionCodes: ['116', '141'],
    regions: { cs: 'Jihomoravský a Zlínský kraj', csGenitive: 'Jihomoravského a Zlínského kraje', en: 'the South Moravian and Zlín Regions' },
    venue: { name: 'Magistrát města Brna', street: 'Dominikánské nám. 1', postalCode: '601 67', city: 'Brno' },
    capacity: 200,
    patron: 'vankova',
  },
  {
    slug: 'krajske-setkani-2025-praha',
    date: '2025-03-25',
    city: { cs: 'Praha', en: 'Prague' },
    regionCodes: ['19', '27'],
    regions: {
      cs: 'Hlavní město Praha a Středočeský kraj',
      csGenitive: 'hlavního města Prahy a Středočeského kraje',
      en: 'Prague and the Central Bohemian Region',
    },
    venue: { name: 'Zastupitelský sál Magistrátu hl. města Prahy', street: 'Mariánské nám. 2/2', postalCode: '110 01', city: 'Praha 1' },
    capacity: 200,
    venueChange: true,
  },
  {
    slug: 'krajske-setkani-2025-plzen',
    date: '2025-04-01',
    city: { cs: 'Plzeň', en: 'Plzeň' },
    regionCodes: ['43', '51'],
    regions: { cs: 'Plzeňský a Karlovarský kraj', csGenitive: 'Plzeňského a Karlovarského kraje', en: 'the Plzeň and Karlovy Vary Regions' },
    venue: { name: 'Krajský úřad Plzeňského kraje', street: 'Škroupova 1760/18', postalCode: '301 00', city: 'Plzeň 3 – Jižní Předměstí' },
    capacity: 200,
  },
  {
    slug: 'krajske-setkani-2025-olomouc',
    date: '2025-04-03',
    city: { cs: 'Olomouc', en: 'Olomouc' },
    regionCodes: ['124', '132'],
    regions: { cs: 'Olomoucký a Moravskoslezský kraj', csGenitive: 'Olomouckého a Moravskoslezského kraje', en: 'the Olomouc and Moravian-Silesian Regions' },
    venue: { name: 'Magistrát města Olomouce', street: 'Hynaisova 34/10', postalCode: '779 00', city: 'Olomouc' },
    capacity: 200,
    patron: 'zbanek',
  },
  {
    slug: 'krajske-setkani-2025-usti-nad-labem',
    date: '2025-04-08',
    city: { cs: 'Ústí nad Labem', en: 'Ústí nad Labem' },
    regionCodes: ['60', '78'],
    regions: { cs: 'Ústecký a Liberecký kraj', csGenitive: 'Ústeckého a Libereckého kraje', en: 'the Ústí nad Labem and Liberec Regions' },
    venue: { name: 'Krajský úřad Ústeckého kraje', street: 'Velká Hradební 3118/48', postalCode: '400 02', city: 'Ústí nad Labem' },
    capacity: 150,
    patron: 'brabec',
  },
]

export const SERIES_SLUG = 'krajska-setkani-2025'
export const ASSEMBLY_SLUG = 'xx-snem-smo-cr'

const csDate = (date: LocalDate) => {
  const [year, month, day] = date.split('-').map(Number)
  return `${day}. ${month}. ${year}`
}
const enDate = (date: LocalDate) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))

const address = (venue: MeetingFact['venue']) => `${venue.name}, ${venue.street}, ${venue.postalCode} ${venue.city}`

const seriesIntro = {
  cs: richText(
    p(
      'V březnu a dubnu 2025 se uskuteční sedm Krajských setkání. Kraje jsou nově spojeny do dvojic a krajská města, která setkání hostí, se v každé dvojici střídají ob rok.',
    ),
    p(
      'Větší důraz než dřív klademe na spolupráci – nejen mezi obcemi jednoho kraje, ale i mezi kraji navzájem. Program sestavujeme podle témat, která vás právě zajímají: na náš dotazník přišlo téměř 500 odpovědí.',
    ),
    p(
      'Zůstává doprovodná výstava partnerů a ověřených dodavatelů pro obecní projekty, prostor pro setkání s kolegy z regionu, výměnu zkušeností a nové pracovní i přátelské kontakty.',
    ),
    p(bold('Účast je pro zástupce samospráv zdarma. '), 'Srdečně zveme i členy Rady Svazu na setkání v jejich kraji.'),
    p(
      'Ve dnech 29.–30. května 2025 se v Plzni koná XX. sněm Svazu. Krajská setkání jsou dobrou příležitostí domluvit si včas účast na sněmu, případně plnou moc pro zástupce jiné obce.',
    ),
    h2('Termíny a místa'),
    ul(...REGIONAL_MEETINGS.map((meeting) => [bold(`${csDate(meeting.date)} – ${meeting.city.cs}: `), `${meeting.regions.cs}; ${address(meeting.venue)}`])),
    p('Dotazy ke Krajským setkáním i zájem stát se jejich partnerem směřujte na Pavlínu Jandoušovou: ', email('jandousova@smocr.cz'), '.'),
  ),
  en: richText(
    p(
      'Seven regional meetings take place in March and April 2025. The regions now meet in pairs, and within each pair the host city alternates every other year.',
    ),
    p(
      'The focus is on cooperation – between the municipalities of a region and between regions. The programme follows the topics you asked for: our questionnaire received almost 500 answers.',
    ),
    p('As every year there is an exhibition of partners and proven suppliers for municipal projects, and time to meet colleagues from the region.'),
    p(bold('Attendance is free of charge for local governments. '), 'Members of the Union Council are warmly invited to the meeting in their region.'),
    p(
      'The 20th Assembly of the Union takes place in Plzeň on 29–30 May 2025; the regional meetings are a good chance to arrange attendance or a proxy for another municipality in advance.',
    ),
    h2('Dates and venues'),
    ul(...REGIONAL_MEETINGS.map((meeting) => [bold(`${enDate(meeting.date)} – ${meeting.city.en}: `), `for ${meeting.regions.en}; ${address(meeting.venue)}`])),
    p('Questions and partnership enquiries: Pavlína Jandoušová, ', email('jandousova@smocr.cz'), '.'),
  ),
}

const consentText = {
  cs: 'Souhlasím, aby Svaz měst a obcí ČR zpracoval údaje z této registrace za účelem organizace akce a zasílání informací o ní.',
  en: 'I agree that the Union of Towns and Municipalities of the Czech Republic processes the data of this registration to organise the event and to send me information about it.',
}

const registration = (capacity: number | undefined, locale: 'cs' | 'en'): NonNullable<Event['registration']> => ({
  enabled: true,
  capacity,
  waitlist: true,
  membersOnly: false,
  consentText: consentText[locale],
  consentVersion: '2025-01',
})

const meetingContent = (meeting: MeetingFact) => ({
  cs: richText(
    p(
      `Krajské setkání obcí ${meeting.regions.csGenitive} pořádá Kancelář Svazu měst a obcí ČR. Přinese aktuální informace z legislativy a dalších oblastí důležitých pro samosprávy, diskusi s odborníky a prostor pro výměnu zkušeností mezi obcemi obou krajů.`,
    ),
    h2('Co vás čeká'),
    ul(
      'témata vybraná podle odpovědí obcí v dotazníku Svazu,',
      'spolupráce obcí v kraji i mezi oběma kraji,',
      'doprovodná výstava partnerů a ověřených dodavatelů,',
      'setkání s kolegy z regionu.',
    ),
    h2('Místo konání'),
    p(address(meeting.venue)),
    p(bold('Účast je zdarma, '), 'registrace je nutná. Dotazy: Pavlína Jandoušová, ', email('jandousova@smocr.cz'), '.'),
  ),
  en: richText(
    p(
      `The regional meeting for ${meeting.regions.en} is organised by the office of the Union of Towns and Municipalities of the Czech Republic: current legislative news, discussion with experts and exchange of experience between the municipalities of both regions.`,
    ),
    h2('Venue'),
    p(address(meeting.venue)),
    p(bold('Free of charge; '), 'registration required. Questions: Pavlína Jandoušová, ', email('jandousova@smocr.cz'), '.'),
  ),
})

const venueChangeNotice = (meeting: MeetingFact) => ({
  cs: {
    title: 'Pozor, změna místa konání',
    body: `Nové místo konání: ${address(meeting.venue)}. Přijďte prosím rovnou sem.`,
  },
  en: {
    title: 'Please note: the venue has changed',
    body: `New venue: ${address(meeting.venue)}. Please come directly there.`,
  },
})

export interface MeetingRefs {
  meetings: Event['id'][]
  assembly: Event['id']
}

/** The series "Krajská setkání 2025", its seven meetings and the XX. sněm in Plzeň. */
export async function seedRegionalMeetings(
  ctx: SeedContext,
  refs: { regions: RegionRefs; associations: AssociationRefs; people: PeopleRefs; partners: MeetingPartnerRows },
): Promise<MeetingRefs> {
  const union = refs.associations.get('smocr')
  const contactPerson = refs.people.get('jandousova')

  const series = await ctx.ensure({
    collection: 'event-series',
    where: { slug: { equals: SERIES_SLUG } },
    data: () => ({ title: 'Krajská setkání 2025', slug: SERIES_SLUG, year: 2025, association: union, intro: seriesIntro.cs, contactPerson }),
    translations: { en: { title: 'Regional meetings 2025', intro: seriesIntro.en } },
  })

  const meetings: Event['id'][] = []
  for (const meeting of REGIONAL_MEETINGS) {
    const content = meetingContent(meeting)
    const notice = meeting.venueChange ? venueChangeNotice(meeting) : undefined
    const patron = meeting.patron ? PEOPLE[meeting.patron] : undefined
    const id = await ctx.ensure({
      collection: 'events',
      where: { slug: { equals: meeting.slug } },
      data: () => ({
        title: `Krajské setkání 2025 – ${meeting.city.cs}`,
        slug: meeting.slug,
        kind: 'regional-meeting',
        series,
        startsAt: localToUtc(meeting.date, STARTS, TIME_ZONE),
        endsAt: localToUtc(meeting.date, ENDS, TIME_ZONE),
        timeZone: TIME_ZONE,
        regions: meeting.regionCodes.map((code) => refs.regions.get(code)),
        venue: {
          name: meeting.venue.name,
          address: { street: meeting.venue.street, postalCode: meeting.venue.postalCode, city: meeting.venue.city, country: 'CZ' },
        },
        summary: `Setkání zástupců obcí ${meeting.regions.csGenitive}: aktuální informace, diskuse s odborníky a výměna zkušeností. Účast je zdarma.`,
        content: content.cs,
        partners: refs.partners,
        patrons: meeting.patron && patron ? [{ person: refs.people.get(meeting.patron), office: patron.office?.cs }] : [],
        notices: notice ? [{ kind: 'venue-change', notifyRegistrants: false, ...notice.cs }] : [],
        registration: registration(meeting.capacity, 'cs'),
        contactPerson,
        association: union,
        publishedAt: ANNOUNCED_AT,
        _status: 'published',
      }),
      translations: {
        en: {
          title: `Regional meeting 2025 – ${meeting.city.en}`,
          summary: `Meeting of municipal representatives of ${meeting.regions.en}: current information, expert discussion and exchange of experience. Free of charge.`,
          content: content.en,
          patrons: patron?.office ? [{ office: patron.office.en }] : [],
          notices: notice ? [notice.en] : [],
          registration: registration(meeting.capacity, 'en'),
          _status: 'published',
        },
      },
    })
    meetings.push(id)
  }

  const assembly = await seedAssembly(ctx, union, contactPerson)
  ctx.logStep('Regional meetings 2025 and the XX. sněm', ['event-series', 'events'])
  return { meetings, assembly }
}

const assemblyContent = {
  cs: richText(
    p(
      'Sněm je nejvyšším orgánem Svazu měst a obcí ČR. Jeho XX. zasedání se koná ve dnech 29. a 30. května 2025 v Plzni a setkají se na něm zástupci členských měst a obcí z celé republiky.',
    ),
    p(
      'Pokud se za svou obec nemůžete zúčastnit, můžete zplnomocnit zástupce jiné členské obce. Účast nebo plnou moc si prosím zajistěte s předstihem – dobrou příležitostí je jarní Krajské setkání ve vašem kraji.',
    ),
  ),
  en: richText(
    p(
      'The Assembly is the supreme body of the Union of Towns and Municipalities of the Czech Republic. Its 20th session takes place in Plzeň on 29–30 May 2025 and brings together representatives of member towns and municipalities from the whole country.',
    ),
    p(
      'If you cannot attend for your municipality, you may authorise the representative of another member municipality. Please arrange attendance or a proxy in advance – the spring regional meeting in your region is a good occasion.',
    ),
  ),
}

/** Seed 000 gives the dates and the city only; the hours are plausible and the hall is not named. */
function seedAssembly(ctx: SeedContext, union: Event['association'], contactPerson: Event['contactPerson']): Promise<Event['id']> {
  return ctx.ensure({
    collection: 'events',
    where: { slug: { equals: ASSEMBLY_SLUG } },
    data: () => ({
      title: 'XX. sněm Svazu měst a obcí ČR',
      slug: ASSEMBLY_SLUG,
      kind: 'assembly',
      startsAt: localToUtc('2025-05-29', '10:00', TIME_ZONE),
      endsAt: localToUtc('2025-05-30', '13:00', TIME_ZONE),
      timeZone: TIME_ZONE,
      venue: { address: { city: 'Plzeň', country: 'CZ' } },
      summary: 'Dvoudenní zasedání nejvyššího orgánu Svazu v Plzni. Zástupce obce lze zplnomocnit – vyřešte to s předstihem.',
      content: assemblyContent.cs,
      registration: registration(undefined, 'cs'),
      contactPerson,
      association: union,
      publishedAt: ANNOUNCED_AT,
      _status: 'published',
    }),
    translations: {
      en: {
        title: '20th Assembly of the Union of Towns and Municipalities',
        summary: 'Two-day session of the Union’s supreme body in Plzeň. A municipality may send a proxy – arrange it in advance.',
        content: assemblyContent.en,
        registration: registration(undefined, 'en'),
        _status: 'published',
      },
    },
  })
}
