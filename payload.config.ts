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

import { collections } from '@/collections'
import { formBuilderOptions } from '@/collections/Forms/formBuilder'
import { sendApplicationEmailTask } from '@/collections/PartnershipRequests/emailTask'
import { databaseAdapter } from '@/config/database'
import { emailAdapter } from '@/config/email'
import { healthEndpoint } from '@/endpoints/health'
import { Navigation } from '@/globals/Navigation'
import { SiteAlert } from '@/globals/SiteAlert'
import { SiteSettings } from '@/globals/SiteSettings'

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
  sharp,
  editor: lexicalEditor(),
  collections,
  globals: [SiteSettings, Navigation, SiteAlert],
  endpoints: [healthEndpoint],
  localization: {
    locales: [
      { code: 'cs', label: 'Čeština' },
      { code: 'pl', label: 'Polski' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'cs',
    fallback: true,
  },
  i18n: { supportedLanguages: { cs, en }, fallbackLanguage: 'cs' },
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Municipia' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    livePreview: {
      collections: ['news', 'events', 'seminars', 'pages', 'services', 'good-practices'],
      url: ({ collectionConfig, data, locale }) =>
        `${serverURL}${locale?.code && locale.code !== 'cs' ? `/${locale.code}` : ''}/${collectionConfig?.slug ?? ''}/${String(data?.slug ?? '')}`,
    },
  },
  upload: { limits: { fileSize: 25 * 1024 * 1024 } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    access: { run: ({ req }) => req.user?.collection === 'users' },
    // Scheduled publishing and e-mail run in the server process; tests drive the queue themselves.
    autoRun: process.env.JOBS_AUTORUN === 'false' ? undefined : [{ cron: '* * * * *', queue: 'default' }],
    tasks: [sendApplicationEmailTask],
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
  ],
})
