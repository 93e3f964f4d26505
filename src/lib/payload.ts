import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance for server components and route handlers (cached by Payload per process). */
export const payloadClient = () => getPayload({ config })
