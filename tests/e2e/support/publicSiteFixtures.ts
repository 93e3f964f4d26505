import sharp from 'sharp'

import type { AdminApi } from './api'

/**
 * Content the demo seed does not have but every page template needs: an upcoming conference
 * with programme, speakers, partner logos and a patron; a seminar with terms; good practices; a
 * tree of block pages; and content a visitor must never see (members-only, draft).
 */
export type PublicSiteFixtures = {
  event: { slug: string; title: Record<'cs' | 'pl' | 'en', string> }
  seminar: { slug: string; termIds: string[] }
  goodPractice: { slug: string; title: string }
  membersOnlyPractice: { slug: string; title: string; body: string }
  membersOnlyNews: { slug: string; title: string; body: string }
  draftNews: { slug: string; title: string }
  childPage: { path: string; title: string; parentTitle: string }
  alert: Record<'cs' | 'en', string>
}

const DAY = 24 * 60 * 60 * 1000

/** A solid image with a stripe, encoded as PNG, for uploads. */
const image = (width: number, height: number, colour: string) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}"><rect y="${height / 3}" width="${width}" height="${height / 3}" fill="#ffffff"/></svg>`) }])
    .png()
    .toBuffer()

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})

/** The same calendar day and hour in Prague some days from now, as an ISO instant. */
const daysFromNow = (days: number, hourUtc: number) => {
  const date = new Date(Date.now() + days * DAY)
  date.setUTCHours(hourUtc, 0, 0, 0)
  return date.toISOString()
}

export async function createPublicSiteFixtures(api: AdminApi): Promise<PublicSiteFixtures> {
  const first = async (collection: string, query: string) => {
    const { docs } = await api.find(collection, `${query}&limit=1&depth=0`)
    const doc = docs[0]
    if (!doc) throw new Error(`Demo content is missing ${collection} where ${query}`)
    return doc
  }
  const smocr = await first('associations', 'where[shortName][equals]=SMO ČR')
  const plzenRegion = await first('regions', 'where[code][equals]=43')
  const plzen = await first('municipalities', 'where[slug][equals]=plzen')
  const cez = await first('partners', 'where[name][like]=ČEZ')

  const cover = await api.upload('media', { name: 'konference.png', type: 'image/png', data: await image(1600, 900, '#0b5cad') }, { alt: 'Sál konference se zaplněnými řadami' })
  await api.update('media', cover.id, { alt: 'Conference hall with full rows' }, 'en')
  const logo = await api.upload('media', { name: 'logo-obecni-data.png', type: 'image/png', data: await image(400, 200, '#2f6b2f') }, { alt: 'Logo Obecní data' })
  const photo = await api.upload('media', { name: 'jana-horakova.png', type: 'image/png', data: await image(400, 400, '#7a4b9c') }, { alt: 'Portrét Jany Horákové' })

  const speaker = await api.create('people', {
    titlesBefore: 'Ing.',
    firstName: 'Jana',
    lastName: 'Horáková',
    office: 'tajemnice Městského úřadu Rokycany',
    photo: photo.id,
    contact: { email: 'horakova@example.cz' },
  })
  const mediaPartner = await api.create('partners', { name: 'Obecní data', kind: 'media', logo: logo.id, website: 'https://example.org/obecni-data' })
  const patron = await first('people', 'where[lastName][equals]=Kukla')

  const startsAt = daysFromNow(40, 8)
  const title = { cs: 'Konference Chytrá obec 2027', pl: 'Konferencja Inteligentna gmina 2027', en: 'Smart Municipality Conference 2027' }
  const event = await api.create<{ slug: string }>(
    'events',
    {
      title: title.cs,
      kind: 'conference',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 7 * 60 * 60 * 1000).toISOString(),
      timeZone: 'Europe/Prague',
      regions: [plzenRegion.id],
      venue: { name: 'Depo2015', address: { street: 'Presslova 14', postalCode: '301 00', city: 'Plzeň', country: 'CZ', latitude: 49.7417, longitude: 13.3686 } },
      summary: 'Jak obce sdílejí data, digitalizují agendu a chrání se před kybernetickými útoky.',
      content: lexical('Celodenní konference pro starosty, tajemníky a úředníky obcí Plzeňského kraje.'),
      coverImage: cover.id,
      programme: [
        { startTime: '09:00', endTime: '09:30', kind: 'plenary', title: 'Zahájení', speakers: [patron.id] },
        { startTime: '09:30', endTime: '11:00', kind: 'panel', title: 'Otevřená data obcí', room: 'Velký sál', speakers: [speaker.id] },
        { startTime: '11:00', endTime: '11:20', kind: 'break', title: 'Přestávka na kávu' },
        { startTime: '11:20', endTime: '13:00', kind: 'workshop', title: 'Kybernetická bezpečnost v praxi', room: 'Dílna' },
      ],
      partners: [
        { partner: mediaPartner.id, tier: 'media' },
        { partner: cez.id, tier: 'general' },
      ],
      patrons: [{ person: patron.id, office: 'hejtman Kraje Vysočina' }],
      notices: [{ kind: 'info', title: 'Parkování je zajištěno v areálu', body: 'Vjezd z ulice Presslova.' }],
      registration: { enabled: true, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.parse(startsAt) - DAY).toISOString(), capacity: 120 },
      contactPerson: speaker.id,
      association: smocr.id,
      _status: 'published',
    },
    'cs',
  )
  const stored = (await api.find<{ programme: Record<string, unknown>[]; notices: Record<string, unknown>[] }>('events', `where[id][equals]=${event.id}&depth=0&locale=cs`)).docs[0]
  // Rows keep their id and their other fields, so only the texts of this language change.
  const translate = (locale: 'pl' | 'en', texts: { title: string; summary: string; sessions: string[]; notice: string }) =>
    api.update(
      'events',
      event.id,
      {
        title: texts.title,
        summary: texts.summary,
        programme: (stored?.programme ?? []).map((row, index) => ({ ...row, title: texts.sessions[index] })),
        notices: (stored?.notices ?? []).map((row) => ({ ...row, title: texts.notice, body: null })),
      },
      locale,
    )
  await translate('en', {
    title: title.en,
    summary: 'How municipalities share data, digitise their agendas and protect themselves from cyber attacks.',
    sessions: ['Opening', 'Open data of municipalities', 'Coffee break', 'Cybersecurity in practice'],
    notice: 'Parking is available on site',
  })
  await translate('pl', {
    title: title.pl,
    summary: 'Jak gminy udostępniają dane, cyfryzują sprawy i chronią się przed cyberatakami.',
    sessions: ['Otwarcie', 'Otwarte dane gmin', 'Przerwa kawowa', 'Cyberbezpieczeństwo w praktyce'],
    notice: 'Parking na miejscu',
  })

  const seminar = await api.create<{ slug: string; terms: { id: string }[] }>(
    'seminars',
    {
      title: 'Veřejné zakázky malého rozsahu',
      topics: ['public-procurement', 'law'],
      lecturers: [speaker.id],
      format: 'in-person',
      accreditationNumber: 'AK/PV-123/2026',
      priceMembers: 0,
      priceNonMembers: 1500,
      summary: 'Zadávání zakázek malého rozsahu krok za krokem.',
      terms: [
        { startsAt: daysFromNow(20, 8), endsAt: daysFromNow(20, 12), timeZone: 'Europe/Prague', venue: { name: 'Krajský úřad Plzeňského kraje', address: { street: 'Škroupova 18', postalCode: '301 00', city: 'Plzeň' } }, capacity: 40 },
        { startsAt: daysFromNow(55, 8), timeZone: 'Europe/Prague', venue: { name: 'Online', onlineUrl: 'https://meet.example.org/zakazky' } },
      ],
      registration: { enabled: true },
      association: smocr.id,
      _status: 'published',
    },
    'cs',
  )
  await api.update('seminars', seminar.id, { title: 'Small-scale public procurement', summary: 'Awarding small-scale contracts step by step.' }, 'en')
  await api.update('seminars', seminar.id, { title: 'Zamówienia publiczne o małej wartości' }, 'pl')

  const practice = await api.create<{ slug: string }>('good-practices', {
    title: 'Sdílený technik pro malé obce',
    municipality: plzen.id,
    topics: ['regional-development'],
    year: 2025,
    summary: 'Pět obcí si společně platí technika, který spravuje jejich budovy.',
    content: lexical('Obce se dohodly na společném úvazku technika.'),
    results: lexical('Úspora 30 % nákladů na údržbu.'),
    association: smocr.id,
    audience: 'public',
    _status: 'published',
  })
  const secretPractice = await api.create<{ slug: string }>('good-practices', {
    title: 'Interní metodika odměňování zastupitelů',
    municipality: plzen.id,
    topics: ['hr'],
    summary: 'Jen pro členy.',
    content: lexical('Podrobnosti jen pro členy.'),
    association: smocr.id,
    audience: 'members',
    _status: 'published',
  })
  const secretNews = await api.create<{ slug: string }>('news', {
    title: 'Důvěrné podklady pro jednání předsednictva',
    excerpt: 'Jen pro členy.',
    content: lexical('Podklady jen pro členy.'),
    association: smocr.id,
    audience: 'members',
    _status: 'published',
  })
  const draftNews = await api.create<{ slug: string }>('news', {
    title: 'Rozpracovaný koncept tiskové zprávy',
    excerpt: 'Koncept.',
    content: lexical('Koncept.'),
    association: smocr.id,
    audience: 'public',
    _status: 'draft',
  })

  const parent = await api.create('pages', {
    title: 'O portálu',
    slug: 'o-portalu',
    layout: [{ blockType: 'richText', content: lexical('Municipia spojuje svazy a sdružení obcí.') }],
    association: smocr.id,
    audience: 'public',
    _status: 'published',
  })
  const storedParent = (await api.find<{ layout: Record<string, unknown>[] }>('pages', `where[id][equals]=${parent.id}&depth=0&locale=cs`)).docs[0]
  await api.update(
    'pages',
    parent.id,
    { title: 'About the portal', layout: (storedParent?.layout ?? []).map((block) => ({ ...block, content: lexical('Municipia connects the associations of municipalities.') })) },
    'en',
  )
  const child = await api.create<{ slug: string }>('pages', {
    title: 'Kontakty redakce',
    slug: 'kontakty',
    parent: parent.id,
    layout: [
      { blockType: 'hero', heading: 'Kontakty redakce', lead: 'Napište nám, rádi pomůžeme.', image: cover.id },
      { blockType: 'richText', content: lexical('Redakce odpovídá v pracovní dny.') },
      { blockType: 'cards', heading: 'Kam dál', cards: [{ title: 'Akce', text: 'Všechny akce svazů.', linkLabel: 'Přehled akcí', linkUrl: '/events' }] },
      { blockType: 'contacts', heading: 'Redakce', people: [speaker.id] },
      { blockType: 'callToAction', heading: 'Chcete přispět?', text: 'Pošlete nám tip na dobrou praxi.', linkLabel: 'Dobrá praxe', linkUrl: '/good-practices' },
    ],
    association: smocr.id,
    audience: 'public',
    _status: 'published',
  })

  const alert = { cs: 'Kancelář svazu je 24. prosince zavřená.', en: 'The union office is closed on 24 December.' }
  const settings = await fetch(`${api.baseURL}/api/globals/site-alert?locale=cs`, {
    method: 'POST',
    headers: { authorization: `JWT ${api.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ enabled: true, level: 'warning', message: alert.cs, linkUrl: '/news' }),
  })
  if (!settings.ok) throw new Error(`Site alert: ${settings.status} ${await settings.text()}`)
  await fetch(`${api.baseURL}/api/globals/site-alert?locale=en`, {
    method: 'POST',
    headers: { authorization: `JWT ${api.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ message: alert.en }),
  })

  return {
    alert,
    event: { slug: event.slug, title },
    seminar: { slug: seminar.slug, termIds: seminar.terms.map((term) => term.id) },
    goodPractice: { slug: practice.slug, title: 'Sdílený technik pro malé obce' },
    membersOnlyPractice: { slug: secretPractice.slug, title: 'Interní metodika odměňování zastupitelů', body: 'Podrobnosti jen pro členy.' },
    membersOnlyNews: { slug: secretNews.slug, title: 'Důvěrné podklady pro jednání předsednictva', body: 'Podklady jen pro členy.' },
    draftNews: { slug: draftNews.slug, title: 'Rozpracovaný koncept tiskové zprávy' },
    childPage: { path: `/o-portalu/${child.slug}`, title: 'Kontakty redakce', parentTitle: 'O portálu' },
  }
}
