export const MEMBERSHIP_STATUSES = ['active', 'suspended', 'left'] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

export const membershipStatusLabels: Record<MembershipStatus, [cs: string, en: string]> = {
  active: ['Aktivní', 'Active'],
  suspended: ['Pozastavené', 'Suspended'],
  left: ['Ukončené', 'Left'],
}

export const isMembershipStatus = (value: string): value is MembershipStatus => (MEMBERSHIP_STATUSES as readonly string[]).includes(value)
