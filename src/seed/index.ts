import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { seedCommission } from './commission'
import { seedCongress } from './congress'
import { SeedContext, type SeedReport } from './context'
import { seedMunicipalities } from './municipalities'
import { seedNews } from './news'
import { seedOrganisations } from './organisations'
import { seedPartners } from './partners'
import { seedPartnerships } from './partnerships'
import { seedPeople } from './people'
import { seedRegionalMeetings } from './regionalMeetings'
import { seedRegions } from './regions'
import { seedServices } from './services'
import { seedGlobals, seedPages } from './site'
import { seedUsers } from './users'

export { createdInTotal, type CollectionTally, type SeedReport } from './context'

/**
 * Demo content drawn from the seed documents (shared/seeds): the national union and its Plzeň
 * association, the Central Bohemian partnership office and the Polish foundation; the regional
 * meetings 2025 with their partners and patrons, the XX. sněm and the secretaries' congress;
 * services, the informatics commission, news, the accessibility statement, site globals and
 * staff accounts.
 *
 * Idempotent: every document is looked up by a natural key (code, RÚIAN code, shortName, slug,
 * name, e-mail) and created only when missing; existing documents are left as they are. The run
 * is one transaction where the adapter is configured for transactions; without one, a failed run
 * keeps the documents already written whole, and running it again completes it.
 */
export async function seed(payload: Payload, log: (line: string) => void = () => undefined): Promise<SeedReport> {
  const startedAt = Date.now()
  const req = await createLocalReq({}, payload)
  const inTransaction = await initTransaction(req)
  const ctx = new SeedContext(payload, req, inTransaction, log)
  try {
    const regions = await seedRegions(ctx)
    const people = await seedPeople(ctx)
    const associations = await seedOrganisations(ctx, regions, people)
    await seedMunicipalities(ctx, regions, associations)
    const partners = await seedPartners(ctx)
    const meetings = await seedRegionalMeetings(ctx, { regions, associations, people, partners })
    await seedCongress(ctx, regions, associations)
    await seedServices(ctx, associations)
    await seedPartnerships(ctx, regions, associations)
    await seedCommission(ctx, associations, people)
    await seedNews(ctx, associations, meetings)
    const accessibilityPage = await seedPages(ctx, associations)
    await seedGlobals(ctx, accessibilityPage)
    await seedUsers(ctx, associations)
    if (inTransaction) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  ctx.report.durationMs = Date.now() - startedAt
  return ctx.report
}
