import { COOPERATION_AREAS, cooperationAreaLabels, type CooperationArea } from '@/domain/partnerships/cooperationAreas'
import type { Service } from '@/payload-types'

import type { SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import { FOREIGN_PARTNER_REGIONS, MASOVIA } from './regions'
import { bold, email, h2, ol, p, richText, ul, type RichText } from './richText'

type Text = { cs: string; en: string }

interface ServiceFact {
  slug: string
  category: Service['category']
  title: Text
  summary: Text
  content: RichText
}

/**
 * Seed 001 names the SMOPK contact only as "Pavel". People need a surname, so instead of
 * inventing one the services say who he is in their text and list no contact person.
 */
const smopkContact = [
  h2('Na koho se obrátit'),
  p('O sdružení se už několik let stará Pavel – i díky němu si obce v kraji dobře rozumějí a informace mezi nimi kolují.'),
]

/** Seed 001: the four services SMOPK lists. */
export const SMOPK_SERVICES: readonly ServiceFact[] = [
  {
    slug: 'smopk-seminare',
    category: 'seminars',
    title: { cs: 'Semináře pro obce', en: 'Seminars for municipalities' },
    summary: {
      cs: 'Semináře se zkušenými odborníky na témata, která obce řeší: právo, veřejné zakázky, životní prostředí a další.',
      en: 'Seminars with experienced experts on what municipalities deal with: law, public procurement, the environment and more.',
    },
    content: richText(
      p(
        'Součástí osvětové a informační činnosti SMOPK jsou semináře, na které zveme erudované odborníky. Témata vybíráme podle potřeb členských obcí – od práva a veřejných zakázek po životní prostředí.',
      ),
      ...smopkContact,
    ),
  },
  {
    slug: 'smopk-skoleni',
    category: 'trainings',
    title: { cs: 'Školení', en: 'Training' },
    summary: {
      cs: 'Praktická školení pro starosty, zastupitele a pracovníky obecních úřadů.',
      en: 'Practical training for mayors, councillors and municipal staff.',
    },
    content: richText(
      p('Školení doplňují semináře: menší skupiny, praktické postupy a prostor pro dotazy z vlastní obce. Pomáhají zvládat agendu bez ohledu na velikost obce.'),
      ...smopkContact,
    ),
  },
  {
    slug: 'smopk-informacni-servis',
    category: 'information-service',
    title: { cs: 'Informační servis obcím', en: 'Information service for municipalities' },
    summary: {
      cs: 'Přehled o připravované legislativě, rozvojových programech kraje a možnostech převodu státního majetku na obce.',
      en: 'News on upcoming legislation, regional development programmes and transfers of state property to municipalities.',
    },
    content: richText(
      p('Členové mají přes SMOPK přístup k důležitým informacím a podílejí se na rozvojových opatřeních, která se týkají území kraje.'),
      ul(
        'připravovaná legislativa a stanoviska, která SMOPK uplatňuje zejména prostřednictvím SMO ČR,',
        'rozvojové programy a projekty Plzeňského kraje,',
        'možnosti získání státního majetku převodem na obce.',
      ),
      ...smopkContact,
    ),
  },
  {
    slug: 'smopk-sdileni-dobre-praxe',
    category: 'good-practice-sharing',
    title: { cs: 'Sdílení dobré praxe', en: 'Sharing good practice' },
    summary: {
      cs: 'Členské obce si navzájem předávají osvědčená řešení – malé i velké, solidárně a bez ohledu na velikost.',
      en: 'Member municipalities pass on proven solutions to each other – small and large alike.',
    },
    content: richText(
      p(
        'Co se osvědčilo v jedné obci, může pomoci i jinde. SMOPK podporuje, aby si členové předávali zkušenosti navzájem; samozřejmostí je solidarita a spolupráce bez ohledu na velikost obce.',
      ),
      ...smopkContact,
    ),
  },
]

/** Seed 002: what each of the eight cooperation areas can mean in practice. */
const areaExamples: Record<CooperationArea, Text> = {
  'schools-youth': {
    cs: 'výměnné pobyty žáků, studentů, učitelů a sportovců, lepší jazykové dovednosti',
    en: 'exchanges of pupils, students, teachers and athletes; better language skills',
  },
  culture: { cs: 'výměny kulturních souborů, společné výstavy', en: 'exchanges of ensembles, shared exhibitions' },
  tourism: { cs: 'propagace obce či města v partnerském regionu', en: 'promoting the town in the partner region' },
  'municipal-experience': {
    cs: 'konzultace postupů v konkrétních otázkách, výměnné pobyty zaměstnanců úřadů',
    en: 'comparing approaches to specific questions; staff exchanges between town halls',
  },
  business: {
    cs: 'propagace regionálních výrobků, podnikatelů a firem v partnerském regionu',
    en: 'promoting regional products, entrepreneurs and companies in the partner region',
  },
  'science-innovation': {
    cs: 'výměny vědců a odborníků, například sdílení řešení pro chytrá města',
    en: 'exchanges of researchers and experts, e.g. sharing smart-city solutions',
  },
  'social-services': {
    cs: 'společné projekty příspěvkových organizací, zájezdy klientů sociálních služeb',
    en: 'joint projects of municipal organisations; trips for social-service clients',
  },
  'public-institutions': {
    cs: 'knihovny, městská policie, muzea, sportovní kluby a další instituce',
    en: 'libraries, municipal police, museums, sports clubs and other institutions',
  },
}

const partnerRegionNames = (locale: 'cs' | 'en') => [MASOVIA, ...FOREIGN_PARTNER_REGIONS].map((region) => region.name[locale])

export const PARTNERSHIP_SERVICE: ServiceFact & { contentEn: RichText } = {
  slug: 'zahranicni-partnerstvi-obci',
  category: 'partnership-matching',
  title: {
    cs: 'Hledání zahraničního partnera pro obce, města a školy',
    en: 'Finding a partner abroad for municipalities, towns and schools',
  },
  summary: {
    cs: 'Středočeský kraj pomáhá obcím a institucím najít partnera v regionech, se kterými sám spolupracuje.',
    en: 'The Central Bohemian Region helps municipalities and institutions find a partner in the regions it cooperates with.',
  },
  content: richText(
    p(
      'Středočeský kraj dlouhodobě udržuje vztahy se zahraničními regiony v Evropě i mimo ni. Partnerství obcí pomáhá porozumění mezi národy – třeba výměnnými pobyty dětí a studentů nebo cestami hudebních souborů a sportovců – a samosprávám přináší podněty pro každodenní práci.',
    ),
    p(
      'Řada středočeských obcí už partnera v zahraničí má. Pokud ho hledáte v některém z partnerských regionů kraje, nabízí vám Oddělení zahraniční spolupráce a protokolu Odboru Kancelář hejtmanky své kontakty a zkušenosti. Partnerem může být i škola nebo jiná instituce.',
    ),
    h2('Jak to funguje'),
    ol(
      'Vyplňte a podepište žádost „Pro zahájení zahraniční spolupráce obcí SK“.',
      [
        'Pošlete ji na ',
        email('protokol@kr-s.cz'),
        ' – stačí sken listinně podepsané žádosti nebo dokument s elektronickým podpisem. Lze ji poslat i poštou (Krajský úřad Středočeského kraje, Odbor Kancelář hejtmanky, Oddělení zahraniční spolupráce a protokolu, Zborovská 11, 150 21 Praha 5) nebo datovou schránkou kraje (keebyyf).',
      ],
      'Po přijetí žádosti se vám oddělení ozve.',
      'Oddělení osloví vámi vybraný partnerský region a požádá o vytipování nejvhodnějšího protějšku.',
      'Jakmile bude výsledek znám, seznámí vás s ním.',
    ),
    p(
      'Zda partnerství navážete, je zcela na vás, stejně jako společné aktivity, které si partnerské obce organizují samy. Oddělení vám ale i potom rádo pomůže.',
    ),
    h2('V čem můžete spolupracovat'),
    ul(...COOPERATION_AREAS.map((area) => [bold(`${cooperationAreaLabels[area][0]}: `), areaExamples[area].cs])),
    h2('Partnerské regiony Středočeského kraje'),
    ul(...partnerRegionNames('cs')),
    h2('Kontakt'),
    p('E-mail ', email('protokol@kr-s.cz'), ', telefon 257 280 853.'),
  ),
  contentEn: richText(
    p(
      'Central Bohemia has long kept ties with regions abroad, in Europe and beyond. Partnerships between municipalities foster understanding between nations – through exchanges of children and students or trips of music ensembles and athletes – and bring ideas for everyday local government work.',
    ),
    p(
      'If your municipality, school or institution is looking for a partner in one of the region’s partner regions, the Foreign Cooperation and Protocol Department offers its contacts and experience.',
    ),
    h2('How it works'),
    ol(
      'Fill in and sign the application form for starting foreign cooperation.',
      [
        'Send it to ',
        email('protokol@kr-s.cz'),
        ' (a scan of the signed paper form or an electronically signed document), by post to Zborovská 11, 150 21 Praha 5, or to the region’s data box (keebyyf).',
      ],
      'The department contacts you once it has your application.',
      'It asks the partner region you chose to suggest the most suitable counterpart.',
      'It tells you the result as soon as it is known.',
    ),
    p('Whether a partnership is formed, and what the partners then do together, is entirely up to the municipalities; the department remains available to help.'),
    h2('Areas of cooperation'),
    ul(...COOPERATION_AREAS.map((area) => [bold(`${cooperationAreaLabels[area][1]}: `), areaExamples[area].en])),
    h2('Partner regions of Central Bohemia'),
    ul(...partnerRegionNames('en')),
    h2('Contact'),
    p('E-mail ', email('protokol@kr-s.cz'), ', phone 257 280 853.'),
  ),
}

/** SMOPK's services and the Central Bohemian foreign-partnership service, all published. */
export async function seedServices(ctx: SeedContext, associations: AssociationRefs): Promise<void> {
  const write = (fact: ServiceFact, association: Service['association'], contentEn?: RichText) =>
    ctx.ensure({
      collection: 'services',
      where: { slug: { equals: fact.slug } },
      data: () => ({
        title: fact.title.cs,
        slug: fact.slug,
        category: fact.category,
        summary: fact.summary.cs,
        content: fact.content,
        association,
        _status: 'published',
      }),
      translations: {
        en: { title: fact.title.en, summary: fact.summary.en, ...(contentEn ? { content: contentEn } : {}), _status: 'published' },
      },
    })

  for (const fact of SMOPK_SERVICES) await write(fact, associations.get('smopk'))
  await write(PARTNERSHIP_SERVICE, associations.get('centralBohemia'), PARTNERSHIP_SERVICE.contentEn)
  ctx.logStep('Services', ['services'])
}
