import type { Category, Event, News } from '@/payload-types'

import { Refs, type SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import type { MeetingRefs } from './regionalMeetings'
import { bold, email, p, richText, ul, type RichText } from './richText'
import { localToUtc, type LocalDate } from './time'

type Text = { cs: string; en: string }

interface NewsFact {
  slug: string
  date: LocalDate
  audience: News['audience']
  category: 'krajska-setkani' | 'snem'
  title: Text
  excerpt: Text
  content: { cs: RichText; en: RichText }
  related: (refs: MeetingRefs) => Event['id'][]
}

export const CATEGORIES = {
  'krajska-setkani': { cs: 'Krajská setkání', en: 'Regional meetings' },
  snem: { cs: 'Sněm', en: 'Assembly' },
} as const satisfies Record<NewsFact['category'], Text>

/** The two news items of seed 000, rewritten, and one item for members only. */
export const NEWS: readonly NewsFact[] = [
  {
    slug: 'krajska-setkani-2025-novy-format-mezikrajske-spoluprace',
    date: '2025-01-21',
    audience: 'public',
    category: 'krajska-setkani',
    title: { cs: 'Krajská setkání 2025: nový formát mezikrajské spolupráce', en: 'Regional meetings 2025: a new format of inter-regional cooperation' },
    excerpt: {
      cs: 'Kancelář SMO ČR letos Krajská setkání mění: kraje se potkávají ve dvojicích, aby si obce mohly vyměňovat zkušenosti i přes krajské hranice.',
      en: 'This year the SMO ČR office changes its regional meetings: regions meet in pairs so that municipalities can exchange experience across regional borders.',
    },
    content: {
      cs: richText(
        p(
          'Krajská setkání, která každý rok pořádá kancelář Svazu měst a obcí ČR, dávají starostům aktuální informace z legislativy i dalších oblastí důležitých pro samosprávy a příležitost potkat kolegy ze svého kraje.',
        ),
        p(
          'Letos koncept inovujeme. Setkání bude jen sedm a na každém se sejdou obce dvou sousedních krajů; pořádající krajské město se ve dvojici střídá ob rok. Chceme tak posílit spolupráci nejen uvnitř kraje, ale i mezi kraji.',
        ),
        p('Program skládáme z témat, která jste nám poslali v dotazníku – děkujeme za téměř 500 odpovědí.'),
      ),
      en: richText(
        p(
          'The regional meetings organised every year by the office of the Union of Towns and Municipalities give mayors current legislative news and a chance to meet colleagues from their region.',
        ),
        p(
          'This year there will be seven meetings, each for two neighbouring regions, with the host city alternating every other year – to strengthen cooperation within and between regions. The programme draws on almost 500 questionnaire answers.',
        ),
      ),
    },
    related: (refs) => refs.meetings,
  },
  {
    slug: 'krajska-setkani-2025-klicove-informace',
    date: '2025-02-14',
    audience: 'public',
    category: 'krajska-setkani',
    title: { cs: 'Krajská setkání 2025: klíčové informace pro obce a města', en: 'Regional meetings 2025: key information for municipalities' },
    excerpt: {
      cs: 'V březnu a dubnu proběhne sedm setkání. Zváni jsou členové Svazu i další zástupci samospráv, registrace je zdarma.',
      en: 'Seven meetings take place in March and April. Members of the Union and other local government representatives are welcome; registration is free.',
    },
    content: {
      cs: richText(
        p(
          'Svaz měst a obcí ČR i letos pořádá tradiční Krajská setkání s aktuálními informacemi, diskusemi s odborníky a prostorem pro výměnu zkušeností mezi představiteli samospráv.',
        ),
        ul(
          [bold('Kdy: '), 'sedm setkání od 4. března do 8. dubna 2025.'],
          [bold('Kdo: '), 'členové Svazu i další zástupci samospráv; členové Rady Svazu na setkání ve svém kraji.'],
          [bold('Kolik: '), 'účast i registrace jsou zdarma.'],
          [bold('Navíc: '), 'výstava partnerů a ověřených dodavatelů pro obecní projekty.'],
        ),
        p('Dotazy směřujte na Pavlínu Jandoušovou, ', email('jandousova@smocr.cz'), '.'),
      ),
      en: richText(
        p(
          'Once again the Union of Towns and Municipalities holds its regional meetings: current information, expert discussions and exchange of experience. Seven meetings run from 4 March to 8 April 2025; attendance and registration are free.',
        ),
        p('Questions: Pavlína Jandoušová, ', email('jandousova@smocr.cz'), '.'),
      ),
    },
    related: (refs) => refs.meetings,
  },
  {
    slug: 'xx-snem-ucast-a-plne-moci',
    date: '2025-02-20',
    audience: 'members',
    category: 'snem',
    title: { cs: 'XX. sněm v Plzni: zajistěte si účast nebo plnou moc včas', en: '20th Assembly in Plzeň: arrange attendance or a proxy in time' },
    excerpt: {
      cs: 'Pro členské obce: jak se připravit na sněm 29.–30. května 2025 a kdy vyřešit zastoupení jinou obcí.',
      en: 'For member municipalities: preparing for the Assembly on 29–30 May 2025 and arranging a proxy.',
    },
    content: {
      cs: richText(
        p('XX. sněm Svazu se koná 29. a 30. května 2025 v Plzni. Každá členská obec na něm má svůj hlas.'),
        ul(
          'Zúčastněte se osobně, nebo zplnomocněte zástupce jiné členské obce.',
          'Plnou moc připravte s předstihem – nejlépe ji vyřešte už na jarním Krajském setkání ve svém kraji.',
          'Registraci na sněm najdete u akce XX. sněm v kalendáři.',
        ),
      ),
      en: richText(
        p('The 20th Assembly of the Union meets in Plzeň on 29–30 May 2025. Attend in person or authorise the representative of another member municipality, and arrange the proxy in advance – ideally at your spring regional meeting.'),
      ),
    },
    related: (refs) => [refs.assembly],
  },
]

/** News categories, then the news items, published with the dates of the seed. */
export async function seedNews(ctx: SeedContext, associations: AssociationRefs, meetings: MeetingRefs): Promise<void> {
  const categories = new Refs<NewsFact['category'], Category['id']>('category')
  for (const [slug, title] of Object.entries(CATEGORIES) as [NewsFact['category'], Text][]) {
    const id = await ctx.ensure({
      collection: 'categories',
      where: { slug: { equals: slug } },
      data: () => ({ title: title.cs, slug }),
      translations: { en: { title: title.en } },
    })
    categories.set(slug, id)
  }
  for (const fact of NEWS) {
    await ctx.ensure({
      collection: 'news',
      where: { slug: { equals: fact.slug } },
      data: () => ({
        title: fact.title.cs,
        slug: fact.slug,
        excerpt: fact.excerpt.cs,
        content: fact.content.cs,
        categories: [categories.get(fact.category)],
        relatedEvents: fact.related(meetings),
        association: associations.get('smocr'),
        audience: fact.audience,
        publishedAt: localToUtc(fact.date, '09:00', 'Europe/Prague'),
        _status: 'published',
      }),
      translations: { en: { title: fact.title.en, excerpt: fact.excerpt.en, content: fact.content.en, _status: 'published' } },
    })
  }
  ctx.logStep('News', ['categories', 'news'])
}
