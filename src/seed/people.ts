import type { Person } from '@/payload-types'

import { Refs, type SeedContext } from './context'

type Text = { cs: string; pl?: string; en?: string }

interface PersonFact {
  titlesBefore?: string
  firstName: string
  lastName: string
  titlesAfter?: string
  office?: Text
  organisation?: Text
  email?: string
  phone?: string
  bio?: Text
}

/**
 * People named in the seed documents, with the offices they are named with there. The SMOPK
 * contact ("Pavel", seed 001) is not here: a person needs a surname and the source gives none,
 * so the SMOPK services name him in their text instead of inventing one.
 */
const PEOPLE_FACTS = {
  jandousova: {
    firstName: 'Pavlína',
    lastName: 'Jandoušová',
    organisation: { cs: 'Svaz měst a obcí ČR', en: 'Union of Towns and Municipalities of the Czech Republic' },
    email: 'jandousova@smocr.cz',
    bio: {
      cs: 'Kontakt pro dotazy ke Krajským setkáním 2025 a pro firmy, které se chtějí stát jejich partnerem.',
      en: 'Contact for questions about the Regional meetings 2025 and for companies interested in partnering them.',
    },
  },
  kukla: {
    titlesBefore: 'Ing.',
    firstName: 'Martin',
    lastName: 'Kukla',
    office: { cs: 'hejtman Kraje Vysočina', en: 'Governor of the Vysočina Region' },
    organisation: { cs: 'Kraj Vysočina', en: 'Vysočina Region' },
  },
  brabec: {
    titlesBefore: 'Mgr.',
    firstName: 'Richard',
    lastName: 'Brabec',
    office: { cs: 'hejtman Ústeckého kraje', en: 'Governor of the Ústí nad Labem Region' },
    organisation: { cs: 'Ústecký kraj', en: 'Ústí nad Labem Region' },
  },
  zbanek: {
    titlesBefore: 'Mgr.',
    firstName: 'Miroslav',
    lastName: 'Žbánek',
    titlesAfter: 'MPA.',
    office: { cs: 'primátor statutárního města Olomouce', en: 'Mayor of the Statutory City of Olomouc' },
    organisation: { cs: 'Statutární město Olomouc', en: 'Statutory City of Olomouc' },
  },
  vankova: {
    titlesBefore: 'JUDr.',
    firstName: 'Markéta',
    lastName: 'Vaňková',
    office: { cs: 'primátorka statutárního města Brna', en: 'Mayor of the Statutory City of Brno' },
    organisation: { cs: 'Statutární město Brno', en: 'Statutory City of Brno' },
  },
  capka: {
    titlesBefore: 'Ing.',
    firstName: 'Cyril',
    lastName: 'Čapka',
    office: { cs: 'předseda Komise pro informatiku SMO ČR', en: 'Chair of the Informatics Commission of SMO ČR' },
    email: 'cyril.capka@praha8.cz',
  },
  sobkova: {
    titlesBefore: 'Mgr.',
    firstName: 'Miroslava',
    lastName: 'Sobková',
    office: { cs: 'garantka KISMO za Kancelář SMO ČR', en: 'KISMO liaison at the SMO ČR office' },
    organisation: { cs: 'Svaz měst a obcí ČR', en: 'Union of Towns and Municipalities of the Czech Republic' },
    email: 'sobkova@smocr.cz',
    phone: '237 709 716',
  },
  smala: {
    firstName: 'Marcin',
    lastName: 'Smala',
    office: { cs: 'místopředseda správní rady nadace', pl: 'Wiceprezes Zarządu', en: 'Vice-President of the Management Board' },
    organisation: {
      cs: 'Fundacja Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego',
      pl: 'Fundacja Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego',
      en: 'Jerzy Regulski Foundation in Support of Local Democracy',
    },
  },
} satisfies Record<string, PersonFact>

export type PersonKey = keyof typeof PEOPLE_FACTS
export const PEOPLE: Readonly<Record<PersonKey, PersonFact>> = PEOPLE_FACTS
export type PeopleRefs = Refs<PersonKey, Person['id']>

const localized = (fact: PersonFact, locale: 'pl' | 'en') => {
  const patch: { office?: string; organisation?: string; bio?: string } = {}
  if (fact.office?.[locale]) patch.office = fact.office[locale]
  if (fact.organisation?.[locale]) patch.organisation = fact.organisation[locale]
  if (fact.bio?.[locale]) patch.bio = fact.bio[locale]
  return patch
}

/** People are found by first and last name (not every one of them has an e-mail). */
export async function seedPeople(ctx: SeedContext): Promise<PeopleRefs> {
  const refs: PeopleRefs = new Refs('person')
  for (const [key, fact] of Object.entries(PEOPLE) as [PersonKey, PersonFact][]) {
    const id = await ctx.ensure({
      collection: 'people',
      where: { and: [{ firstName: { equals: fact.firstName } }, { lastName: { equals: fact.lastName } }] },
      data: () => ({
        titlesBefore: fact.titlesBefore,
        firstName: fact.firstName,
        lastName: fact.lastName,
        titlesAfter: fact.titlesAfter,
        office: fact.office?.cs,
        organisation: fact.organisation?.cs,
        bio: fact.bio?.cs,
        contact: { email: fact.email, phone: fact.phone },
      }),
      translations: { pl: localized(fact, 'pl'), en: localized(fact, 'en') },
    })
    refs.set(key, id)
  }
  ctx.logStep('People', ['people'])
  return refs
}
