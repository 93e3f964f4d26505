import type { SeedContext } from './context'
import type { AssociationKey, AssociationRefs } from './organisations'

export const ADMIN_EMAIL = 'admin@municipia.local'
export const DEFAULT_SEED_PASSWORD = 'municipia-demo'

/** One editor per association, each scoped to it. */
export const EDITORS: readonly { email: string; name: string; association: AssociationKey; language: 'cs' | 'en' }[] = [
  { email: 'editor.smocr@municipia.local', name: 'Redakce SMO ČR', association: 'smocr', language: 'cs' },
  { email: 'editor.smopk@municipia.local', name: 'Redakce SMOPK', association: 'smopk', language: 'cs' },
  { email: 'editor.kr-s@municipia.local', name: 'Zahraniční spolupráce Středočeského kraje', association: 'centralBohemia', language: 'cs' },
  // The admin speaks Czech and English only.
  { email: 'editor.frdl@municipia.local', name: 'Redakcja FRDL', association: 'frdl', language: 'en' },
]

/**
 * The demo staff accounts. Every password comes from SEED_ADMIN_PASSWORD (see .env.example);
 * an existing account keeps its password.
 */
export async function seedUsers(ctx: SeedContext, associations: AssociationRefs): Promise<void> {
  const password = process.env.SEED_ADMIN_PASSWORD || DEFAULT_SEED_PASSWORD
  await ctx.ensure({
    collection: 'users',
    where: { email: { equals: ADMIN_EMAIL } },
    data: () => ({ email: ADMIN_EMAIL, password, name: 'Administrátor', role: 'admin', preferredLanguage: 'cs' }),
  })
  for (const editor of EDITORS) {
    await ctx.ensure({
      collection: 'users',
      where: { email: { equals: editor.email } },
      data: () => ({
        email: editor.email,
        password,
        name: editor.name,
        role: 'editor',
        associations: [associations.get(editor.association)],
        preferredLanguage: editor.language,
      }),
    })
  }
  ctx.logStep('Staff accounts', ['users'])
}
