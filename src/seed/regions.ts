import { sameId } from '@/access/ids'
import { CZECH_REGIONS, type CzechRegionCode } from '@/domain/municipalities/regions'
import type { Region } from '@/payload-types'

import { Refs, type SeedContext } from './context'

type Text = { cs: string; pl?: string; en: string }

interface ForeignRegionFact {
  /** ISO 3166-2; for Polish voivodeships its number is the TERYT code (PL-14 = TERYT 14). */
  code: string
  name: Required<Text>
  country: Region['country']
  kind: Extract<Region['kind'], 'pl-voivodeship' | 'foreign-partner-region'>
  languages: NonNullable<Region['languages']>
  profile: Text
}

/**
 * Masovia hosts the Polish secretaries' congress (Warsaw) and is one of the partner regions of
 * Central Bohemia; the others are partners the Central Bohemian office lists. The profiles are
 * deliberately short and carry no treaty dates.
 */
export const MASOVIA: ForeignRegionFact = {
  code: 'PL-14',
  name: { cs: 'Mazovské vojvodství', pl: 'Województwo mazowieckie', en: 'Masovian Voivodeship' },
  country: 'PL',
  kind: 'pl-voivodeship',
  languages: ['pl', 'en'],
  profile: {
    cs: 'Největší polské vojvodství se sídlem ve Varšavě. Středočeský kraj s ním spolupracuje jako s partnerským regionem.',
    pl: 'Największe województwo w Polsce ze stolicą w Warszawie; region partnerski Kraju Środkowoczeskiego.',
    en: 'The largest Polish voivodeship, with its seat in Warsaw; a partner region of Central Bohemia.',
  },
}

export const FOREIGN_PARTNER_REGIONS: readonly ForeignRegionFact[] = [
  {
    code: 'PL-16',
    name: { cs: 'Opolské vojvodství', pl: 'Województwo opolskie', en: 'Opole Voivodeship' },
    country: 'PL',
    kind: 'foreign-partner-region',
    languages: ['pl', 'de'],
    profile: {
      cs: 'Vojvodství na jihozápadě Polska. Se Středočeským krajem, Burgundskem a Porýním-Falcí tvoří síť čtyř partnerských regionů zaměřenou hlavně na mládež a vzdělávání.',
      pl: 'Województwo w południowo-zachodniej Polsce; razem z Krajem Środkowoczeskim, Burgundią i Nadrenią-Palatynatem tworzy sieć czterech regionów partnerskich.',
      en: 'A voivodeship in south-western Poland; with Central Bohemia, Burgundy and Rhineland-Palatinate it forms a network of four partner regions focused on youth and education.',
    },
  },
  {
    code: 'PL-02',
    name: { cs: 'Dolnoslezské vojvodství', pl: 'Województwo dolnośląskie', en: 'Lower Silesian Voivodeship' },
    country: 'PL',
    kind: 'foreign-partner-region',
    languages: ['pl'],
    profile: {
      cs: 'Vojvodství na jihozápadě Polska se sídlem ve Vratislavi; spolupráce se týká hlavně kultury, školství, sportu a cestovního ruchu.',
      pl: 'Województwo ze stolicą we Wrocławiu; współpraca dotyczy głównie kultury, edukacji, sportu i turystyki.',
      en: 'A voivodeship in south-western Poland with its seat in Wrocław; cooperation covers mainly culture, education, sport and tourism.',
    },
  },
  {
    code: 'SK-BL',
    name: { cs: 'Bratislavský samosprávný kraj', pl: 'Kraj bratysławski', en: 'Bratislava Self-Governing Region' },
    country: 'SK',
    kind: 'foreign-partner-region',
    languages: ['sk'],
    profile: {
      cs: 'Slovenský kraj kolem hlavního města; blízký jazyk usnadňuje výměny obcí, škol i úřadů.',
      en: 'The Slovak region around the capital; the closely related language makes exchanges between municipalities, schools and offices easy.',
    },
  },
  {
    code: 'DE-RP',
    name: { cs: 'Porýní-Falc', pl: 'Nadrenia-Palatynat', en: 'Rhineland-Palatinate' },
    country: 'DE',
    kind: 'foreign-partner-region',
    languages: ['de'],
    profile: {
      cs: 'Spolková země na západě Německa, člen sítě čtyř partnerských regionů Středočeského kraje.',
      en: 'A federal state in western Germany and a member of Central Bohemia’s network of four partner regions.',
    },
  },
  {
    code: 'FR-BFC',
    name: { cs: 'Burgundsko-Franche-Comté', pl: 'Burgundia-Franche-Comté', en: 'Bourgogne-Franche-Comté' },
    country: 'FR',
    kind: 'foreign-partner-region',
    languages: ['fr'],
    profile: {
      cs: 'Francouzský region, jehož burgundská část byla prvním zahraničním partnerem Středočeského kraje.',
      en: 'A French region whose Burgundian part was Central Bohemia’s first partner abroad.',
    },
  },
  {
    code: 'CN-SC',
    name: { cs: 'Provincie S’-čchuan', pl: 'Prowincja Syczuan', en: 'Sichuan Province' },
    country: 'CN',
    kind: 'foreign-partner-region',
    languages: ['en', 'other'],
    profile: {
      cs: 'Provincie na jihozápadě Číny se sídlem v Čcheng-tu, partnerský region Středočeského kraje mimo Evropu.',
      en: 'A province in south-western China with its seat in Chengdu; Central Bohemia’s partner region outside Europe.',
    },
  },
]

export const CENTRAL_BOHEMIA: CzechRegionCode = '27'

export type RegionRefs = Refs<string, Region['id']>

/**
 * Masovia and the foreign partner regions, then the 14 Czech regions (names in cs/pl/en from the
 * domain list) with Central Bohemia pointing to its partner regions.
 */
export async function seedRegions(ctx: SeedContext): Promise<RegionRefs> {
  const refs: RegionRefs = new Refs('region')
  const partners = [MASOVIA, ...FOREIGN_PARTNER_REGIONS]
  for (const region of partners) {
    const id = await ctx.ensure({
      collection: 'regions',
      where: { code: { equals: region.code } },
      data: () => ({
        code: region.code,
        name: region.name.cs,
        country: region.country,
        kind: region.kind,
        languages: region.languages,
        profile: region.profile.cs,
      }),
      translations: {
        pl: { name: region.name.pl, ...(region.profile.pl ? { profile: region.profile.pl } : {}) },
        en: { name: region.name.en, profile: region.profile.en },
      },
    })
    refs.set(region.code, id)
  }
  for (const { code, name } of CZECH_REGIONS) {
    const id = await ctx.ensure({
      collection: 'regions',
      where: { code: { equals: code } },
      data: () => ({
        code,
        name: name.cs,
        country: 'CZ',
        kind: 'cz-region',
        languages: ['cs'],
        partnerRegions: code === CENTRAL_BOHEMIA ? partners.map((region) => refs.get(region.code)) : [],
      }),
      translations: { pl: { name: name.pl }, en: { name: name.en } },
    })
    refs.set(code, id)
  }
  await linkPartnerRegions(ctx, refs)
  ctx.logStep('Regions', ['regions'])
  return refs
}

/**
 * Central Bohemia may have been stored before (e.g. by the register import): adds the partner
 * regions it lacks, keeping any an editor has added.
 */
async function linkPartnerRegions(ctx: SeedContext, refs: RegionRefs): Promise<void> {
  const centralBohemia = refs.get(CENTRAL_BOHEMIA)
  const stored = await ctx.payload.findByID({ collection: 'regions', id: centralBohemia, ...ctx.asSeed })
  const linked = (stored.partnerRegions ?? []).map((partner) => (typeof partner === 'object' ? partner.id : partner))
  const wanted = [MASOVIA, ...FOREIGN_PARTNER_REGIONS].map((region) => refs.get(region.code))
  const missing = wanted.filter((id) => !linked.some((linkedId) => sameId(linkedId, id)))
  if (missing.length === 0) return
  await ctx.payload.update({ collection: 'regions', id: centralBohemia, data: { partnerRegions: [...linked, ...missing] }, ...ctx.asSeed })
  ctx.tally('regions', 'updated')
}
