import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { cs } from '@payloadcms/translations/languages/cs'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { hideAccountLocks, loginFailureTranslations } from '@/access/accountSecurity'
import { restrictInternalCollections } from '@/access/internalCollections'
import { freshnessPlugin } from '@/cache/plugin'
import { collections } from '@/collections'
import { formBuilderOptions } from '@/collections/Forms/formBuilder'
import { sendApplicationEmailTask } from '@/collections/PartnershipRequests/emailTask'
import { registrationTasks } from '@/collections/Registrations/jobs'
import { siteSearchPlugin } from '@/collections/Search/plugin'
import { databaseAdapter } from '@/config/database'
import { GRAPHQL_MAX_COMPLEXITY } from '@/domain/queryLimits/clampQuery'
import { emailAdapter } from '@/config/email'
import { loggerConfig } from '@/config/logger'
import { healthEndpoint } from '@/endpoints/health'
import { Navigation } from '@/globals/Navigation'
import { SiteAlert } from '@/globals/SiteAlert'
import { SiteSettings } from '@/globals/SiteSettings'
import { badQueryValueIs400 } from '@/hooks/badQueryValueIs400'
import { logFailedRequest } from '@/hooks/logFailedRequest'
import { malformedBodyIs400 } from '@/hooks/malformedBodyIs400'
import { anonymousQueryLimits } from '@/plugins/anonymousQueryLimits'
import { inputShapes } from '@/plugins/inputShapes'
import { previewPlugin } from '@/preview/plugin'
import { previewPath } from '@/preview/previewPath'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.PUBLIC_SERVER_URL || 'http://localhost:3000'

if (!process.env.PAYLOAD_SECRET) {
  throw new Error('PAYLOAD_SECRET is not set: copy .env.example to .env (npm run demo does this for you).')
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET,
  serverURL,
  cors: [serverURL],
  csrf: [serverURL],
  db: databaseAdapter(),
  email: emailAdapter(),
  logger: loggerConfig(),
  sharp,
  editor: lexicalEditor(),
  collections,
  globals: [SiteSettings, Navigation, SiteAlert],
  endpoints: [healthEndpoint],
  hooks: { afterError: [logFailedRequest, badQueryValueIs400, malformedBodyIs400, hideAccountLocks] },
  localization: {
    locales: [
      { code: 'cs', label: 'Čeština' },
      { code: 'pl', label: 'Polski' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'cs',
    fallback: true,
  },
  i18n: { supportedLanguages: { cs, en }, fallbackLanguage: 'cs', translations: loginFailureTranslations },
  onInit: restrictInternalCollections,
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Municipia' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: { beforeDashboard: ['@/components/admin/ReviewQueue#ReviewQueue'] },
    livePreview: {
      collections: ['news', 'events', 'seminars', 'pages', 'services', 'good-practices'],
      // The page in draft mode (see src/preview); it refreshes itself when the document is saved.
      url: ({ collectionConfig, data, locale }) =>
        `${serverURL}${previewPath({ collection: collectionConfig?.slug ?? '', id: data?.id as number | string | undefined, locale: locale?.code }) ?? '/'}`,
    },
  },
  upload: { limits: { fileSize: 25 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // Payload's default is 1000; a page of the public site needs far less (see tests/int/query-limits).
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: GRAPHQL_MAX_COMPLEXITY },
  jobs: {
    access: { run: ({ req }) => req.user?.collection === 'users' },
    // Scheduled publishing and e-mail run in the server process; tests drive the queue themselves.
    // Every 10 s, so a registrant has the confirmation e-mail within seconds.
    // JOBS_AUTORUN_CRON may change the schedule (croner syntax, seconds allowed), e.g. for tests.
    autoRun: process.env.JOBS_AUTORUN === 'false' ? undefined : [{ cron: process.env.JOBS_AUTORUN_CRON || '*/10 * * * * *', queue: 'default', limit: 50 }],
    tasks: [...registrationTasks, sendApplicationEmailTask],
    // Jobs that share a concurrency key run one at a time, oldest first (e.g. an applicant's e-mails in the order of events).
    enableConcurrencyControl: true,
  },
  plugins: [
    nestedDocsPlugin({
      collections: ['pages'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
    }),
    seoPlugin({
      collections: ['news', 'events', 'seminars', 'pages', 'services', 'good-practices'],
      uploadsCollection: 'media',
      tabbedUI: false,
      generateTitle: ({ doc }) => `${String(doc?.title ?? '')} · Municipia`,
      generateDescription: ({ doc }) => String(doc?.summary ?? doc?.excerpt ?? ''),
    }),
    formBuilderPlugin(formBuilderOptions),
    siteSearchPlugin(),
    previewPlugin(serverURL),
    // The last three wrap every collection and global, so they also cover those the plugins above add.
    freshnessPlugin(),
    anonymousQueryLimits(),
    inputShapes(),
  ],
})
