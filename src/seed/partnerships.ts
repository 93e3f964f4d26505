import type { Municipality } from '@/payload-types'

import type { SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import { CENTRAL_BOHEMIA, FOREIGN_PARTNER_REGIONS, MASOVIA, type RegionRefs } from './regions'
import { p, richText } from './richText'

/**
 * Approximate centres of Central Bohemia's partner regions for the map. Sichuan has none on
 * purpose: placing China on the same map would shrink the European partners to a dot; the list
 * beside the map still names it.
 */
const PARTNER_REGION_CENTRES: Record<string, { latitude: number; longitude: number }> = {
  [MASOVIA.code]: { latitude: 52.35, longitude: 21.0 },
  'PL-16': { latitude: 50.65, longitude: 17.9 },
  'PL-02': { latitude: 51.05, longitude: 16.4 },
  'SK-BL': { latitude: 48.3, longitude: 17.2 },
  'DE-RP': { latitude: 49.9, longitude: 7.45 },
  'FR-BFC': { latitude: 47.25, longitude: 4.8 },
}

type TownFact = Pick<Municipality, 'ruianCode' | 'name' | 'slug' | 'kind' | 'district' | 'districtCode' | 'postalCodes' | 'partsCount'>

/** Central Bohemian towns of the demo partnerships, as the RÚIAN register (and its import) has them. */
const TOWNS: readonly TownFact[] = [
  { ruianCode: '531057', name: 'Beroun', slug: 'beroun', kind: 'town', district: 'Beroun', districtCode: '3202', postalCodes: '26601', partsCount: 7 },
  // Another Říčany lies in the Brno-venkov district, so the register import adds the district.
  { ruianCode: '538728', name: 'Říčany', slug: 'ricany-praha-vychod', kind: 'town', district: 'Praha-východ', districtCode: '3209', postalCodes: '25101', partsCount: 7 },
  { ruianCode: '535419', name: 'Mladá Boleslav', slug: 'mlada-boleslav', kind: 'statutory-city', district: 'Mladá Boleslav', districtCode: '3207', postalCodes: '29301', partsCount: 13 },
]

/** Illustrative partnerships: the seed documents name none, so each says it is an example. */
const PARTNERSHIPS = [
  { town: '531057', partnerName: 'Gmina Oława', region: 'PL-02', since: 2006, areas: ['culture', 'schools-youth'] },
  { town: '538728', partnerName: 'Gmina Strzelce Opolskie', region: 'PL-16', since: 2011, areas: ['schools-youth', 'tourism'] },
  { town: '535419', partnerName: 'Mesto Pezinok', region: 'SK-BL', since: 2002, areas: ['business', 'municipal-experience'] },
  { town: '532053', partnerName: 'Gmina Piaseczno', region: MASOVIA.code, since: 2015, areas: ['culture', 'social-services'] },
] as const

const EXAMPLE = {
  cs: 'Ukázkový záznam pro předvedení portálu, nikoli skutečné partnerství.',
  pl: 'Przykładowy wpis do prezentacji portalu, a nie rzeczywiste partnerstwo.',
  en: 'An example entry to demonstrate the portal, not a real partnership.',
}

/**
 * Seed 002 in the portal: the Central Bohemian office handles its municipalities' applications,
 * its partner regions get map positions, a few example partnerships fill the map, and two forms
 * show questionnaires (the regional meetings' topics, seed 000) and a contact form.
 */
export async function seedPartnerships(ctx: SeedContext, regions: RegionRefs, associations: AssociationRefs): Promise<void> {
  const office = associations.get('centralBohemia')
  const centralBohemia = await ctx.payload.findByID({ collection: 'regions', id: regions.get(CENTRAL_BOHEMIA), ...ctx.asSeed })
  if (!centralBohemia.partnershipOffice) {
    await ctx.payload.update({ collection: 'regions', id: centralBohemia.id, data: { partnershipOffice: office }, ...ctx.asSeed })
    ctx.tally('regions', 'updated')
  }
  for (const region of [MASOVIA, ...FOREIGN_PARTNER_REGIONS]) {
    const centre = PARTNER_REGION_CENTRES[region.code]
    if (!centre) continue
    const stored = await ctx.payload.findByID({ collection: 'regions', id: regions.get(region.code), ...ctx.asSeed })
    if (typeof stored.centre?.latitude === 'number') continue
    await ctx.payload.update({ collection: 'regions', id: stored.id, data: { centre }, ...ctx.asSeed })
    ctx.tally('regions', 'updated')
  }

  const towns = new Map<string, Municipality['id']>()
  for (const town of TOWNS) {
    towns.set(
      town.ruianCode,
      await ctx.ensure({ collection: 'municipalities', where: { ruianCode: { equals: town.ruianCode } }, data: () => ({ ...town, region: regions.get(CENTRAL_BOHEMIA) }) }),
    )
  }
  const kladno = await ctx.findId('municipalities', { ruianCode: { equals: '532053' } })
  if (kladno !== undefined) towns.set('532053', kladno)

  for (const partnership of PARTNERSHIPS) {
    const municipality = towns.get(partnership.town)
    if (municipality === undefined) continue
    await ctx.ensure({
      collection: 'partnerships',
      where: { and: [{ municipality: { equals: municipality } }, { partnerName: { equals: partnership.partnerName } }] },
      data: () => ({
        association: office,
        municipality,
        partnerName: partnership.partnerName,
        partnerRegion: regions.get(partnership.region),
        since: partnership.since,
        areas: [...partnership.areas],
        description: EXAMPLE.cs,
        visibility: 'public',
      }),
      translations: { pl: { description: EXAMPLE.pl }, en: { description: EXAMPLE.en } },
    })
  }

  await ctx.ensure({
    collection: 'forms',
    where: { slug: { equals: 'temata-krajskych-setkani' } },
    data: () => ({
      title: 'Která témata chcete probrat na Krajských setkáních?',
      slug: 'temata-krajskych-setkani',
      intro:
        'Program Krajských setkání připravujeme podle vašich odpovědí – minule jich přišlo bezmála 500. Dotazník zabere dvě minuty; každý člen odpovídá jednou.',
      association: associations.get('smocr'),
      audience: 'members',
      oneAnswerPerMember: true,
      fields: [
        {
          blockType: 'radio',
          name: 'size',
          label: 'Velikost vaší obce',
          required: true,
          options: [
            { value: 'under-2000', label: 'do 2 000 obyvatel' },
            { value: '2000-10000', label: '2 000–10 000 obyvatel' },
            { value: 'over-10000', label: 'nad 10 000 obyvatel' },
          ],
        },
        {
          blockType: 'multipleChoice',
          name: 'topics',
          label: 'Která témata vás nyní nejvíc zajímají?',
          required: true,
          options: [
            { value: 'legislation', label: 'Připravovaná legislativa' },
            { value: 'finance', label: 'Financování obcí' },
            { value: 'cybersecurity', label: 'Digitalizace a kybernetická bezpečnost' },
            { value: 'hr', label: 'Personální politika' },
            { value: 'cooperation', label: 'Spolupráce obcí a krajů' },
          ],
        },
        { blockType: 'scale', name: 'usefulness', label: 'Jak užitečná pro vás Krajská setkání jsou?', required: true, min: 1, max: 5, minLabel: 'vůbec', maxLabel: 'velmi' },
        { blockType: 'textarea', name: 'comment', label: 'Co dalšího byste na setkání uvítali?' },
      ],
      submitButtonLabel: 'Odeslat odpověď',
      confirmationType: 'message',
      confirmationMessage: richText(p('Děkujeme, podle odpovědí připravíme program.')),
    }),
  })
  await ctx.ensure({
    collection: 'forms',
    where: { slug: { equals: 'dotaz-zahranicni-partnerstvi' } },
    data: () => ({
      title: 'Dotaz k zahraničnímu partnerství',
      slug: 'dotaz-zahranicni-partnerstvi',
      intro: 'Máte otázku k hledání partnerské obce nebo školy v zahraničí? Napište nám.',
      association: office,
      audience: 'public',
      fields: [
        { blockType: 'text', name: 'name', label: 'Jméno a příjmení', required: true },
        { blockType: 'email', name: 'email', label: 'E-mail', required: true },
        { blockType: 'text', name: 'municipality', label: 'Obec nebo instituce' },
        { blockType: 'textarea', name: 'question', label: 'Váš dotaz', required: true },
      ],
      submitButtonLabel: 'Odeslat dotaz',
      confirmationType: 'message',
      confirmationMessage: richText(p('Děkujeme, ozveme se vám e-mailem.')),
      emails: [{ emailTo: 'partnerstvi@municipia.local', emailFrom: 'portal@municipia.local', subject: 'Dotaz k zahraničnímu partnerství z portálu' }],
    }),
  })
  ctx.logStep('Partnerships and forms', ['regions', 'municipalities', 'partnerships', 'forms'])
}
