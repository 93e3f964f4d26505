import type { Navigation, Page } from '@/payload-types'

import type { Locale, SeedContext } from './context'
import type { AssociationRefs } from './organisations'
import { email, h2, p, richText, ul } from './richText'

export const ACCESSIBILITY_SLUG = 'prohlaseni-o-pristupnosti'
const FEEDBACK_EMAIL = 'portal@municipia.local'

const accessibility = {
  cs: {
    title: 'Prohlášení o přístupnosti',
    heading: 'Prohlášení o přístupnosti',
    lead: 'Chceme, aby portál Municipia mohl pohodlně používat každý, včetně lidí se zdravotním postižením.',
    content: richText(
      p(
        'Provozovatel portálu Municipia se zavazuje zpřístupnit jej v souladu se zákonem č. 99/2019 Sb., o přístupnosti internetových stránek a mobilních aplikací, kterým se provádí směrnice (EU) 2016/2102.',
      ),
      h2('Stav souladu'),
      p(
        'Portál je navržen podle Pravidel pro přístupnost webového obsahu WCAG 2.2 na úrovni AA. S těmito požadavky je částečně v souladu kvůli obsahu uvedenému níže. Soulad ověřujeme automatizovanými testy a ruční kontrolou hlavních stránek.',
      ),
      h2('Obsah, který nemusí být přístupný'),
      ul(
        'Dokumenty ke stažení (PDF, DOCX, XLSX, PPTX), které nahrávají jednotlivé svazy a sdružení, nemusí mít přístupnou strukturu.',
        'Starší obrázky nemusí mít výstižný textový popis.',
      ),
      h2('Zpětná vazba a kontakt'),
      p('Narazili jste na bariéru? Napište nám na ', email(FEEDBACK_EMAIL), ' a popište, o kterou stránku jde. Ozveme se co nejdříve.'),
      h2('Vymáhání'),
      p('Pokud s naší odpovědí nebudete spokojeni, můžete se obrátit na Ministerstvo vnitra, které dohlíží na dodržování zákona o přístupnosti.'),
      h2('Jak prohlášení vzniklo'),
      p('Prohlášení vychází z vlastního posouzení provozovatele.'),
    ),
  },
  en: {
    title: 'Accessibility statement',
    heading: 'Accessibility statement',
    lead: 'We want everyone, including people with disabilities, to be able to use the Municipia portal comfortably.',
    content: richText(
      p(
        'The operator of the Municipia portal is committed to making it accessible in accordance with Czech Act No. 99/2019 Coll. on the accessibility of websites and mobile applications, which implements Directive (EU) 2016/2102.',
      ),
      h2('Compliance status'),
      p(
        'The portal is designed to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. It is partially compliant because of the content listed below. We check compliance with automated tests and manual reviews of the main pages.',
      ),
      h2('Content that may not be accessible'),
      ul(
        'Downloadable documents (PDF, DOCX, XLSX, PPTX) uploaded by the individual associations may lack an accessible structure.',
        'Older images may lack a meaningful text alternative.',
      ),
      h2('Feedback and contact'),
      p('Found a barrier? Write to ', email(FEEDBACK_EMAIL), ' and tell us which page it is on. We will reply as soon as we can.'),
      h2('Enforcement'),
      p('If you are not satisfied with our answer, you can turn to the Czech Ministry of the Interior, which supervises compliance with the accessibility act.'),
      h2('How this statement was prepared'),
      p('The statement is based on a self-assessment by the operator.'),
    ),
  },
}

/** The accessibility statement (WCAG 2.2 AA), in Czech and English. */
export async function seedPages(ctx: SeedContext, associations: AssociationRefs): Promise<Page['id']> {
  const id = await ctx.ensure({
    collection: 'pages',
    where: { slug: { equals: ACCESSIBILITY_SLUG } },
    data: () => ({
      title: accessibility.cs.title,
      slug: ACCESSIBILITY_SLUG,
      layout: [
        { blockType: 'hero', heading: accessibility.cs.heading, lead: accessibility.cs.lead },
        { blockType: 'richText', content: accessibility.cs.content },
      ],
      association: associations.get('smocr'),
      audience: 'public',
      _status: 'published',
    }),
    translations: {
      en: {
        title: accessibility.en.title,
        layout: [
          { blockType: 'hero', heading: accessibility.en.heading, lead: accessibility.en.lead },
          { blockType: 'richText', content: accessibility.en.content },
        ],
        _status: 'published',
      },
    },
  })
  ctx.logStep('Pages', ['pages'])
  return id
}

const settings: Record<Locale, { siteName: string; tagline: string }> = {
  cs: { siteName: 'Municipia', tagline: 'Portál svazů a sdružení měst a obcí' },
  pl: { siteName: 'Municipia', tagline: 'Portal związków miast i gmin' },
  en: { siteName: 'Municipia', tagline: 'The portal of associations of towns and municipalities' },
}

type NavigationItems = NonNullable<Navigation['main']>

/**
 * Menus per locale. Addresses are locale-neutral paths; the public site adds its locale prefix.
 * The footer links the accessibility statement page itself.
 */
const navigation = (accessibilityPage: Page['id']): Record<Locale, { main: NavigationItems; footer: NavigationItems }> => ({
  cs: {
    main: [
      { label: 'Aktuality', url: '/news' },
      { label: 'Akce', url: '/events' },
      { label: 'Služby', url: '/services' },
      { label: 'Dobrá praxe', url: '/good-practices' },
      { label: 'Obce', url: '/municipalities' },
    ],
    footer: [{ label: 'Prohlášení o přístupnosti', page: accessibilityPage }],
  },
  pl: {
    main: [
      { label: 'Aktualności', url: '/news' },
      { label: 'Wydarzenia', url: '/events' },
      { label: 'Usługi', url: '/services' },
    ],
    footer: [{ label: 'Deklaracja dostępności', page: accessibilityPage }],
  },
  en: {
    main: [
      { label: 'News', url: '/news' },
      { label: 'Events', url: '/events' },
      { label: 'Services', url: '/services' },
      { label: 'Good practice', url: '/good-practices' },
      { label: 'Municipalities', url: '/municipalities' },
    ],
    footer: [{ label: 'Accessibility statement', page: accessibilityPage }],
  },
})

const LOCALES: readonly Locale[] = ['cs', 'pl', 'en']

/**
 * Site settings, navigation and the site-wide alert. Each global is written only while it is
 * still unset, so a second run — or a run after an administrator has configured the site —
 * changes nothing.
 */
export async function seedGlobals(ctx: SeedContext, accessibilityPage: Page['id']): Promise<void> {
  const { payload, asSeed } = ctx
  const read = { ...asSeed, locale: 'cs', fallbackLocale: false } as const

  const siteSettings = await payload.findGlobal({ slug: 'site-settings', ...read })
  if (siteSettings.siteName) {
    ctx.report.globals['site-settings'] = 'kept'
  } else {
    for (const locale of LOCALES) {
      const data = locale === 'cs' ? { ...settings.cs, contact: { email: FEEDBACK_EMAIL }, accessibilityStatement: accessibilityPage } : settings[locale]
      await payload.updateGlobal({ slug: 'site-settings', data, locale, ...asSeed })
    }
    ctx.report.globals['site-settings'] = 'written'
  }

  const menus = await payload.findGlobal({ slug: 'navigation', ...read })
  if ((menus.main ?? []).length > 0) {
    ctx.report.globals.navigation = 'kept'
  } else {
    const items = navigation(accessibilityPage)
    for (const locale of LOCALES) await payload.updateGlobal({ slug: 'navigation', data: items[locale], locale, ...asSeed })
    ctx.report.globals.navigation = 'written'
  }

  const alert = await payload.findGlobal({ slug: 'site-alert', ...read })
  if (alert.updatedAt) {
    ctx.report.globals['site-alert'] = 'kept'
  } else {
    await payload.updateGlobal({ slug: 'site-alert', data: { enabled: false, level: 'info' }, ...asSeed })
    ctx.report.globals['site-alert'] = 'written'
  }

  ctx.logStep('Globals', [], Object.entries(ctx.report.globals).map(([slug, outcome]) => `${slug} ${outcome}`).join(', '))
}
