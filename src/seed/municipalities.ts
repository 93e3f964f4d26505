import type { CzechRegionCode } from '@/domain/municipalities/regions'
import type { SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import type { RegionRefs } from './regions'

interface HostCityFact {
  ruianCode: string
  name: string
  slug: string
  district: string
  districtCode: string
  regionCode: CzechRegionCode
  postalCodes: string
  partsCount: number
}

/**
 * The cities that host the 2025 regional meetings, plus Kladno (the informatics commission's
 * "Městský rok informatiky", seed 003). Codes, districts, postal codes and part counts are those
 * of the RÚIAN register (shared/data/cz-municipalities.csv), and the slugs are the ones the
 * register import gives them, so importing the register later leaves these rows unchanged.
 */
export const HOST_CITIES: readonly HostCityFact[] = [
  {
    ruianCode: '555134',
    name: 'Pardubice',
    slug: 'pardubice',
    district: 'Pardubice',
    districtCode: '3606',
    regionCode: '94',
    postalCodes: '53002 53003 53006 53009 53012 53301 53333 53351 53352 53353',
    partsCount: 27,
  },
  {
    ruianCode: '586846',
    name: 'Jihlava',
    slug: 'jihlava',
    district: 'Jihlava',
    districtCode: '3707',
    regionCode: '108',
    postalCodes: '58601',
    partsCount: 17,
  },
  {
    ruianCode: '582786',
    name: 'Brno',
    slug: 'brno',
    district: 'Brno-město',
    districtCode: '3702',
    regionCode: '116',
    postalCodes:
      '60200 60300 61200 61300 61400 61500 61600 61700 61800 61900 62000 62100 62300 62400 62500 62700 62800 63400 63500 63600 63700 63800 63900 64100 64200 64300 64400 66442 66471 66481',
    partsCount: 48,
  },
  {
    ruianCode: '554782',
    name: 'Praha',
    slug: 'praha',
    district: 'Hlavní město Praha',
    districtCode: '3100',
    regionCode: '19',
    postalCodes:
      '10000 10100 10200 10300 10400 10600 10700 10800 10900 11000 11101 11800 11900 12000 12800 13000 14000 14100 14200 14300 14700 14800 14900 15000 15200 15300 15400 15500 15521 15531 15600 15800 15900 16000 16100 16200 16300 16400 16500 16900 17000 17100 18000 18100 18200 18400 18600 19000 19011 19012 19014 19015 19016 19017 19300 19600 19700 19800 19900 25226 25228',
    partsCount: 112,
  },
  {
    ruianCode: '554791',
    name: 'Plzeň',
    slug: 'plzen',
    district: 'Plzeň-město',
    districtCode: '3405',
    regionCode: '43',
    postalCodes: '30100 31200 31600 31800 32100 32200 32300 32600',
    partsCount: 25,
  },
  {
    ruianCode: '500496',
    name: 'Olomouc',
    slug: 'olomouc',
    district: 'Olomouc',
    districtCode: '3805',
    regionCode: '124',
    postalCodes: '77900 78301 78335',
    partsCount: 26,
  },
  {
    ruianCode: '554804',
    name: 'Ústí nad Labem',
    slug: 'usti-nad-labem',
    district: 'Ústí nad Labem',
    districtCode: '3510',
    regionCode: '60',
    postalCodes: '40001 40002 40003 40007 40010 40011 40302 40321 40322 40331 40340',
    partsCount: 22,
  },
  {
    ruianCode: '532053',
    name: 'Kladno',
    // A village in the Chrudim district is called Kladno too, so the register import adds the district.
    slug: 'kladno-kladno',
    district: 'Kladno',
    districtCode: '3203',
    regionCode: '27',
    postalCodes: '27201 27203 27204 27309',
    partsCount: 6,
  },
]

/**
 * The host cities as statutory cities, each an active member of the national union. A city that
 * is already stored (e.g. from the register import) keeps its data; the membership is added
 * when it is missing.
 */
export async function seedMunicipalities(ctx: SeedContext, regions: RegionRefs, associations: AssociationRefs): Promise<void> {
  const union = associations.get('smocr')
  for (const { regionCode, ...city } of HOST_CITIES) {
    const municipality = await ctx.ensure({
      collection: 'municipalities',
      where: { ruianCode: { equals: city.ruianCode } },
      data: () => ({ ...city, kind: 'statutory-city', region: regions.get(regionCode) }),
    })
    await ctx.ensure({
      collection: 'memberships',
      where: { and: [{ municipality: { equals: municipality } }, { association: { equals: union } }] },
      data: () => ({ municipality, association: union, status: 'active' }),
    })
  }
  ctx.logStep('Host cities', ['municipalities', 'memberships'])
}
