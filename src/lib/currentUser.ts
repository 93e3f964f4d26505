import { headers } from 'next/headers'

import type { MemberUser } from '@/access/roles'

import { payloadClient } from './payload'

/** The member logged in on the public site (Payload's session cookie), if any. */
export async function currentMember(): Promise<MemberUser | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user?.collection === 'members' ? (user as MemberUser) : null
}
