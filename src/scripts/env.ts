import { existsSync } from 'node:fs'

// Command-line entry points read .env like Next does (variables already set win); import this
// module first, before anything that loads the Payload config.
if (existsSync('.env')) process.loadEnvFile('.env')
